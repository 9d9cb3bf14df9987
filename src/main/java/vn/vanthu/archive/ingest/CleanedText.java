package vn.vanthu.archive.ingest;

import java.util.List;

/**
 * Text after {@link TextCleaner}: paragraphs one per line, a blank line where the source had one,
 * and every line that was dropped as noise, so that nothing disappears unaccounted for.
 *
 * @param text the cleaned text, NFC, lines separated by {@code \n}
 * @param removed the lines dropped as noise, in source order
 */
public record CleanedText(String text, List<RemovedLine> removed) {

  /** Copies the list. */
  public CleanedText {
    removed = List.copyOf(removed);
  }

  /** A line dropped as noise, with why. */
  public record RemovedLine(String line, Noise kind) {}

  /** The kinds of noise the cleaner drops. */
  public enum Noise {
    /** A header or footer repeated on every page, e.g. "CÔNG BÁO/Số 279/Ngày 18-05-2026". */
    RUNNING_HEADER,
    /** A bare page number at the top or bottom of a page. */
    PAGE_NUMBER,
    /** A digital-signature stamp ("Ký bởi: …", "Người ký: …", "Thời gian ký: …"). */
    SIGNATURE_STAMP,
    /** A web portal's own links, e.g. "Tải Văn bản tiếng Việt". */
    PORTAL
  }
}
