package vn.vanthu.leaflet;

import java.util.Arrays;
import java.util.Optional;

/** How the two languages share a panel. */
public enum Arrangement {
  /** Two columns, Vietnamese on the left and English on the right, each pair aligned at its top. */
  SIDE_BY_SIDE("side-by-side"),
  /** One column, each block in Vietnamese and then in English. */
  STACKED("stacked");

  private final String code;

  Arrangement(String code) {
    this.code = code;
  }

  /** The code the JSON uses. */
  public String code() {
    return code;
  }

  /** The arrangement with this code. */
  public static Optional<Arrangement> fromCode(String code) {
    return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
  }
}
