package vn.vanthu.document;

import static vn.vanthu.document.VietnameseText.normalize;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A link from a new document to an issued one it acts on.
 *
 * @param kind what the new document does to the target
 * @param target the target's archive id, or its number and symbol such as {@code 813/QĐ-BHXH}
 */
public record Relation(Kind kind, String target) {

  /** What a document does to an earlier one. */
  public enum Kind {
    /** Sửa đổi, bổ sung. */
    AMENDS,
    /** Thay thế. */
    REPLACES,
    /** Bãi bỏ, thu hồi. */
    REVOKES;

    /** The code used in JSON input, e.g. {@code amends}. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Finds the kind for a JSON code. */
    public static Optional<Kind> fromCode(String code) {
      return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
  }

  public Relation {
    Objects.requireNonNull(kind, "kind");
    target = normalize(target);
  }
}
