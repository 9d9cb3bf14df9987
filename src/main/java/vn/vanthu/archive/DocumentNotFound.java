package vn.vanthu.archive;

/** No document with this id, or none the caller may see. */
public final class DocumentNotFound extends RuntimeException {

  public DocumentNotFound(String id) {
    super("no document " + id);
  }
}
