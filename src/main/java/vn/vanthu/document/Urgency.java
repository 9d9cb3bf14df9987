package vn.vanthu.document;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Độ khẩn (ô 10b): each level has a stamp of its own width, 8 mm high (ND30 Phụ lục I, Mục III). */
public enum Urgency {
  KHAN("KHẨN", 20),
  THUONG_KHAN("THƯỢNG KHẨN", 40),
  HOA_TOC("HỎA TỐC", 30);

  private final String stamp;
  private final int widthMillimetres;

  Urgency(String stamp, int widthMillimetres) {
    this.stamp = stamp;
    this.widthMillimetres = widthMillimetres;
  }

  /** The text of the stamp. */
  public String stamp() {
    return stamp;
  }

  /** The width of the stamp's box in millimetres. */
  public int widthMillimetres() {
    return widthMillimetres;
  }

  /** The code used in JSON input, e.g. {@code thuong-khan}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Finds the level for a JSON code. */
  public static Optional<Urgency> fromCode(String code) {
    return Arrays.stream(values()).filter(u -> u.code().equals(code)).findFirst();
  }
}
