package vn.vanthu.leaflet;

import java.util.Objects;
import vn.vanthu.document.VietnameseText;

/**
 * One text in Vietnamese and in English. Both are required: a leaflet prints every text in both
 * languages, and the reader reports a missing one before anything is laid out.
 *
 * @param vi the Vietnamese text, NFC
 * @param en the English text, NFC
 */
public record Bilingual(String vi, String en) {

  public Bilingual {
    vi = VietnameseText.normalize(Objects.requireNonNull(vi, "vi"));
    en = VietnameseText.normalize(Objects.requireNonNull(en, "en"));
    if (vi.isEmpty() || en.isEmpty()) {
      throw new IllegalArgumentException("a bilingual text needs both languages");
    }
  }

  /** A text that reads the same in both languages, such as a telephone number. */
  public static Bilingual same(String text) {
    return new Bilingual(text, text);
  }

  /** Whether both languages print the same characters, so that the text is printed once. */
  public boolean isSame() {
    return vi.equals(en);
  }
}
