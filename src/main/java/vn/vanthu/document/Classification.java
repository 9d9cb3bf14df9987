package vn.vanthu.document;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Độ mật: the state-secret levels, lowest first (ô 10a). */
public enum Classification {
  MAT("MẬT"),
  TOI_MAT("TỐI MẬT"),
  TUYET_MAT("TUYỆT MẬT");

  private final String stamp;

  Classification(String stamp) {
    this.stamp = stamp;
  }

  /** The text of the stamp. */
  public String stamp() {
    return stamp;
  }

  /** The code used in JSON input, e.g. {@code toi-mat}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Finds the level for a JSON code. */
  public static Optional<Classification> fromCode(String code) {
    return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst();
  }
}
