package vn.vanthu.archive;

/** Where a document is in its lifecycle once it has a number. */
public enum DocumentState {
  /** Numbered and stored with its source; its PDF is being rendered (finished at restart after a crash). */
  PENDING,
  /** Complete and immutable. */
  STORED
}
