/** The Lucene index of the archive: derived from the store, versioned, rebuilt when its schema changes. */
@NullMarked
package vn.vanthu.archive.index;

import org.jspecify.annotations.NullMarked;
