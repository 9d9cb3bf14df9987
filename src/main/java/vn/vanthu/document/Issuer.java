package vn.vanthu.document;

import static vn.vanthu.document.VietnameseText.normalize;
import static vn.vanthu.document.VietnameseText.normalizeOptional;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The issuing body (ô 2): its direct parent body if any, its official name and its abbreviation.
 *
 * @param parent the cơ quan chủ quản trực tiếp, printed above the name, not bold; may be null
 * @param name the official full name, printed in bold capitals
 * @param abbreviation the abbreviation used in the ký hiệu, e.g. {@code BHXH}
 */
public record Issuer(@Nullable String parent, String name, String abbreviation) {

  public Issuer {
    parent = normalizeOptional(parent);
    name = normalize(Objects.requireNonNull(name, "name"));
    abbreviation = normalize(Objects.requireNonNull(abbreviation, "abbreviation"));
  }
}
