package vn.vanthu.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The characters Vietnamese official documents are written in, and fonts reduced to them.
 *
 * <p>Why: PDFBox prepares each face a document uses by building, and then parsing back, the width
 * of every glyph in the font: 2,602 in Liberation Serif, of which a Vietnamese document can only
 * reach about a thousand. That was 6 % of a warm render. A face reduced to this repertoire, once
 * per process, has 1,065 glyphs with the same outlines and metrics; a document any of whose
 * characters falls outside (Greek, Cyrillic, CJK, emoji…) is set in the full fonts.
 */
final class Repertoire {

  /**
   * Latin in full (Vietnamese letters are in Latin Extended Additional; đ, ơ and ư in Extended A
   * and B), combining marks, general punctuation, currency (₫), letterlike symbols (№), arrows,
   * mathematical operators and geometric shapes (bullets).
   */
  private static final int[][] RANGES = {
      {0x20, 0x7e}, {0xa0, 0x24f}, {0x300, 0x36f}, {0x1e00, 0x1eff}, {0x2000, 0x206f},
      {0x20a0, 0x20cf}, {0x2100, 0x214f}, {0x2190, 0x21ff}, {0x2200, 0x22ff}, {0x25a0, 0x25ff}};

  private Repertoire() {}

  /** Whether every character of the text is in the repertoire (line breaks and tabs count in). */
  static boolean covers(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // Markup, CSS and most Vietnamese text are below U+0250: one comparison each.
      if (c >= 0x20 && c < 0x250 && (c < 0x7f || c >= 0xa0)) {
        continue;
      }
      if (!(c == '\n' || c == '\r' || c == '\t' || contains(c))) {
        return false;
      }
    }
    return true;
  }

  static boolean contains(int codePoint) {
    for (int[] range : RANGES) {
      if (codePoint >= range[0] && codePoint <= range[1]) {
        return true;
      }
    }
    return false;
  }

  /** The font with only the glyphs of the repertoire's characters (and what they are built of). */
  static byte[] reduce(byte[] font) throws IOException {
    try (TrueTypeFont full = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
      CmapLookup cmap = full.getUnicodeCmapLookup();
      Set<Integer> codePoints = new TreeSet<>();
      for (int[] range : RANGES) {
        for (int c = range[0]; c <= range[1]; c++) {
          if (cmap.getGlyphId(c) != 0) {
            codePoints.add(c);
          }
        }
      }
      TTFSubsetter subsetter = new TTFSubsetter(full);
      subsetter.addAll(codePoints);
      ByteArrayOutputStream out = new ByteArrayOutputStream(font.length / 2);
      subsetter.writeToStream(out);
      return out.toByteArray();
    }
  }
}
