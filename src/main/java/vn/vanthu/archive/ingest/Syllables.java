package vn.vanthu.archive.ingest;

import java.text.Normalizer;
import java.util.regex.Pattern;
import vn.vanthu.document.VietnameseText;

/**
 * Whether a run of letters can be one Vietnamese syllable. The cleaner asks it to tell a word that
 * a PDF split across text runs ("H" "ợ" "p") from two words that merely meet at a line break.
 */
final class Syllables {

  // Onset, optional medial glide, nucleus, optional coda; tone marks are removed before matching.
  // It accepts a few non-words too, which is harmless: it only has to reject the impossible joins.
  private static final Pattern SYLLABLE = Pattern.compile(
      "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?"
          + "(o|u)?(iê|yê|ia|ya|uô|ua|ươ|ưa|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)"
          + "(ch|nh|ng|c|m|n|p|t|i|y|o|u)?");

  private static final Pattern TONE_MARKS =
      Pattern.compile("[\\u0300\\u0301\\u0303\\u0309\\u0323]");

  // Lower-case letter without its tone, for every letter of Latin-1 to Latin Extended Additional;
  // a table, because the cleaner asks at almost every line break.
  private static final char[] BASE = new char[0x1F00];

  static {
    for (char c = 0; c < BASE.length; c++) {
      String lower = String.valueOf(c).toLowerCase(VietnameseText.LOCALE);
      String base = lower.length() == 1 ? withoutTones(lower) : lower;
      BASE[c] = base.length() == 1 ? base.charAt(0) : '\0';
    }
  }

  private Syllables() {}

  /** Whether {@code letters} (any case) has the shape of a single Vietnamese syllable. */
  static boolean isSyllable(CharSequence letters) {
    int n = letters.length();
    if (n == 0 || n > 7) {
      return false; // "nghiêng" is as long as a syllable gets
    }
    char[] base = new char[n];
    for (int i = 0; i < n; i++) {
      char c = letters.charAt(i);
      if (c >= BASE.length || BASE[c] == '\0') {
        return false;
      }
      base[i] = BASE[c];
    }
    return SYLLABLE.matcher(java.nio.CharBuffer.wrap(base)).matches();
  }

  /** The text without its five tone marks, keeping the vowel letters ă â ê ô ơ ư and đ. */
  static String withoutTones(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return Normalizer.normalize(TONE_MARKS.matcher(decomposed).replaceAll(""), Normalizer.Form.NFC);
  }
}
