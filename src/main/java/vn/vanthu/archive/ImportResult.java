package vn.vanthu.archive;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What happened to one imported file or JSONL line.
 *
 * @param source the file name, or {@code file:line} for a JSONL line
 * @param status imported, already in the archive, or unreadable
 * @param reason why it was not imported, or null
 * @param documentId the archived document (new, or the existing duplicate), or null
 * @param metadata the detected metadata with a confidence per field, or an empty map
 */
public record ImportResult(String source, Status status, @Nullable String reason,
    @Nullable String documentId, Map<String, Object> metadata) {

  /** The outcome of importing one file. */
  public enum Status { IMPORTED, DUPLICATE, UNREADABLE }
}
