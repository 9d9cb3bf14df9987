package vn.vanthu.archive.ingest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A file that ingest cannot read, with the reason in a form a program can act on. */
public final class UnreadableDocumentException extends Exception {

  private final String source;
  private final Reason reason;
  private final String detail;

  /** Why a file cannot be read. */
  public enum Reason {
    /** The file does not exist or is not a regular file. */
    NOT_FOUND,
    /** Larger than the configured byte or character limit. */
    TOO_LARGE,
    /** More pages than the configured limit. */
    TOO_MANY_PAGES,
    /** Password-protected, or its permissions forbid extracting text. */
    ENCRYPTED,
    /** Not a valid file of its format (truncated, corrupt, wrong extension). */
    DAMAGED,
    /** No text layer: a scan that needs OCR, or an empty file. */
    NO_TEXT,
    /** A format ingest does not read (e.g. DOCX, images, binary). */
    UNSUPPORTED_FORMAT,
    /** The file system failed while reading. */
    IO_ERROR
  }

  /** A failure of {@code source} for {@code reason}, explained by {@code message}. */
  public UnreadableDocumentException(String source, Reason reason, String message) {
    super(source + ": " + message);
    this.source = source;
    this.reason = reason;
    this.detail = message;
  }

  /** As {@link #UnreadableDocumentException(String, Reason, String)}, keeping the cause. */
  public UnreadableDocumentException(
      String source, Reason reason, String message, Throwable cause) {
    super(source + ": " + message, cause);
    this.source = source;
    this.reason = reason;
    this.detail = message;
  }

  /** Why the file cannot be read. */
  public Reason reason() {
    return reason;
  }

  /** The file (or other input) that cannot be read. */
  public String source() {
    return source;
  }

  /** The JSON object {@code extract --json} prints for a file it cannot read. */
  public Map<String, Object> toJsonMap() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("file", source);
    json.put("error", reason.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    json.put("message", detail);
    return json;
  }
}
