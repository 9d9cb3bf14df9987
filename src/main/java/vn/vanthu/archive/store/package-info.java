/** The content-addressed file store: SHA-256 named, written atomically, never overwritten. */
@NullMarked
package vn.vanthu.archive.store;

import org.jspecify.annotations.NullMarked;
