package vn.vanthu.document;

import static vn.vanthu.document.VietnameseText.normalize;
import static vn.vanthu.document.VietnameseText.normalizeOptional;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The signature block (ô 7a–7c).
 *
 * @param authority TM., KT., TL., TUQ. or Q.; null when the head signs in their own name
 * @param principal the collective or the post the authority refers to, e.g. {@code TỔNG GIÁM ĐỐC}
 *     after {@code KT.}; required with an authority
 * @param title the signer's own post, e.g. {@code PHÓ TỔNG GIÁM ĐỐC}; may be null after {@code Q.}
 * @param name the signer's full name, without academic titles
 */
public record Signature(
    @Nullable SigningAuthority authority,
    @Nullable String principal,
    @Nullable String title,
    String name) {

  public Signature {
    principal = normalizeOptional(principal);
    title = normalizeOptional(title);
    name = normalize(Objects.requireNonNull(name, "name"));
    if (authority != null && principal == null) {
      throw new IllegalArgumentException("an authority needs a principal");
    }
    if (authority == null && title == null) {
      throw new IllegalArgumentException("a signature needs a title or an authority");
    }
  }
}
