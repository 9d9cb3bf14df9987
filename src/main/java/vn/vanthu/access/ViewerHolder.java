package vn.vanthu.access;

/** A security principal that knows its {@link Viewer}. */
public interface ViewerHolder {

  /** The viewer behind this principal. */
  Viewer viewer();
}
