package vn.vanthu.archive;

import java.util.Iterator;
import org.jspecify.annotations.Nullable;

/**
 * Walks the registered hashes (the {@code stored_file} table) and the hashes on disk side by side,
 * both in ascending order, like the merge step of a merge sort: at a million documents neither
 * list fits in memory as a set, but two sorted cursors need only the current hash of each.
 */
final class HashMerge {

  /** What the merge found for each hash; by default nothing is done. */
  interface Visitor {

    /** Registered, but not on disk. */
    default void missing(String hash) {}

    /** Registered and on disk. */
    default void present(String hash) {}

    /** On disk, but not registered. */
    default void unregistered(String hash) {}
  }

  private HashMerge() {}

  /**
   * Hands every hash of either sequence to the visitor, in ascending order. Fails if a sequence is
   * not strictly ascending: a wrong order (say, a database collation that sorts hex differently)
   * would otherwise report present files as missing, and recovery would delete them.
   */
  static void merge(Iterator<String> registered, Iterator<String> onDisk, Visitor visitor) {
    Ascending db = new Ascending(registered, "the stored_file table");
    Ascending disk = new Ascending(onDisk, "the file store");
    String r = db.next();
    String d = disk.next();
    while (r != null || d != null) {
      int order = r == null ? 1 : d == null ? -1 : r.compareTo(d);
      if (order < 0) {
        visitor.missing(r);
        r = db.next();
      } else if (order > 0) {
        visitor.unregistered(d);
        d = disk.next();
      } else {
        visitor.present(r);
        r = db.next();
        d = disk.next();
      }
    }
  }

  /** A cursor that returns null at the end and checks the order as it goes. */
  private static final class Ascending {
    private final Iterator<String> hashes;
    private final String source;
    private @Nullable String last;

    Ascending(Iterator<String> hashes, String source) {
      this.hashes = hashes;
      this.source = source;
    }

    @Nullable String next() {
      if (!hashes.hasNext()) {
        return null;
      }
      String hash = hashes.next();
      if (last != null && hash.compareTo(last) <= 0) {
        throw new IllegalStateException("the hashes of " + source + " are not in ascending order: "
            + hash + " after " + last);
      }
      last = hash;
      return hash;
    }
  }
}
