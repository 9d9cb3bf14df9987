/** The archive: the store of issued and imported documents (the truth) and its search index (derived, rebuildable). */
@NullMarked
package vn.vanthu.archive;

import org.jspecify.annotations.NullMarked;
