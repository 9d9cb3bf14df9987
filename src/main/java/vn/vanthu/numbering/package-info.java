/** The outgoing register (sổ đăng ký văn bản đi): numbers per issuer, year and series, allocated atomically. */
@NullMarked
package vn.vanthu.numbering;

import org.jspecify.annotations.NullMarked;
