package vn.vanthu.archive.index;

import java.nio.file.Path;

/** The index directory is locked by another process, usually the running service. */
public final class IndexInUse extends IllegalStateException {

  /** The index in {@code directory} could not be opened for writing. */
  public IndexInUse(Path directory, Throwable cause) {
    super("the index in " + directory + " is in use by another Vanthu process (the running"
        + " service?): search through its API, stop it, or give each instance its own"
        + " vanthu.index-dir", cause);
  }
}
