package vn.vanthu.web.ui;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.vanthu.archive.ImportResult;

/**
 * What the import page shows: the upload form, and after an upload each file's result with the
 * correction form of each document imported.
 *
 * @param batch the id of the upload shown, or null before one
 * @param errorKey the message key of what is wrong with the upload itself, or null
 */
record ImportPage(@Nullable String batch, List<Row> rows, long imported, long duplicates,
    long unreadable, @Nullable String errorKey) {

  /**
   * One file's result.
   *
   * @param status {@code imported}, {@code duplicate} or {@code unreadable}
   * @param reason why it was not imported (the importer's words), or null
   * @param form the correction form, for a document whose metadata was detected; else null
   */
  record Row(String source, String status, @Nullable String reason, @Nullable String documentId,
      @Nullable MetadataForm form) {}

  static ImportPage empty(@Nullable String errorKey) {
    return new ImportPage(null, List.of(), 0, 0, 0, errorKey);
  }

  static ImportPage of(String batch, List<ImportResult> results, List<Row> rows) {
    return new ImportPage(batch, rows, count(results, ImportResult.Status.IMPORTED),
        count(results, ImportResult.Status.DUPLICATE),
        count(results, ImportResult.Status.UNREADABLE), null);
  }

  static String status(ImportResult result) {
    return result.status().name().toLowerCase(Locale.ROOT);
  }

  private static long count(List<ImportResult> results, ImportResult.Status status) {
    return results.stream().filter(r -> r.status() == status).count();
  }
}
