package vn.vanthu.archive.ingest;

/** A file that ingest cannot read, with the reason in a form a program can act on. */
public final class UnreadableDocumentException extends Exception {

  private final Reason reason;

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
    this.reason = reason;
  }

  /** As {@link #UnreadableDocumentException(String, Reason, String)}, keeping the cause. */
  public UnreadableDocumentException(String source, Reason reason, String message, Throwable cause) {
    super(source + ": " + message, cause);
    this.reason = reason;
  }

  /** Why the file cannot be read. */
  public Reason reason() {
    return reason;
  }
}
