package vn.vanthu.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.vanthu.document.Classification;

/** The highest secrecy level a user may see; documents above it do not exist for them. */
public enum Clearance {
  NONE("none", null),
  MAT("mat", Classification.MAT),
  TOI_MAT("toi-mat", Classification.TOI_MAT),
  TUYET_MAT("tuyet-mat", Classification.TUYET_MAT);

  private final String code;
  private final @Nullable Classification highest;

  Clearance(String code, @Nullable Classification highest) {
    this.code = code;
    this.highest = highest;
  }

  /** The code used on the command line, e.g. {@code toi-mat}. */
  public String code() {
    return code;
  }

  /** The highest classification this clearance opens, or null for none. */
  public @Nullable Classification highest() {
    return highest;
  }

  /** Whether a document of this classification (null: not secret) may be seen. */
  public boolean permits(@Nullable Classification classification) {
    return classification == null || (highest != null && highest.compareTo(classification) >= 0);
  }

  /** Finds a clearance by its code, ignoring case. */
  public static Optional<Clearance> fromCode(String code) {
    String lower = code.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(c -> c.code.equals(lower)).findFirst();
  }
}
