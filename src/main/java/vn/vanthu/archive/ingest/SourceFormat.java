package vn.vanthu.archive.ingest;

/** The formats ingest reads. */
public enum SourceFormat {
  /** A PDF with a text layer. */
  PDF,
  /** An HTML page. */
  HTML,
  /** Plain text (UTF-8, UTF-16 or a legacy single-byte code page). */
  TEXT,
  /** Bulk JSON Lines, one document a line. */
  JSONL
}
