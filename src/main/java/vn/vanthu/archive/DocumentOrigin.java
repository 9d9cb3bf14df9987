package vn.vanthu.archive;

/** How a document entered the archive. */
public enum DocumentOrigin {
  /** Issued here: numbered by the register and rendered from its structured source. */
  ISSUED,
  /** Issued here as a document attached to a decision (a Kế hoạch, Quy chế …). */
  ATTACHED,
  /** Imported from an earlier file: PDF, text, HTML or a bulk JSONL line. */
  IMPORTED
}
