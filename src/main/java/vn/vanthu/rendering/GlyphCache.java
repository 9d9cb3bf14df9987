package vn.vanthu.rendering;

import java.util.Arrays;

/**
 * What one face's glyphs measure and how they are encoded, per Basic Multilingual Plane code point,
 * filled in as documents use them and shared by every document and thread: both depend only on the
 * font program, never on the document being rendered.
 *
 * <p>Entries are written without locking. That is safe because every writer stores the same value
 * for the same code point, and a 32-bit array element is never seen half-written (JLS §17.7): a
 * reader sees either "unknown" or the value.
 */
final class GlyphCache {

  private static final int BMP = 0x10000;
  /** A NaN that PDFBox's arithmetic never produces; widths of absent glyphs are never stored. */
  private static final int UNKNOWN_WIDTH = 0x7fc0_dead;

  private final int[] widthBits = new int[BMP];
  /** The two-byte character code plus one; 0 while unknown or when the code is not two bytes. */
  private final int[] twoByteCodes = new int[BMP];

  GlyphCache() {
    Arrays.fill(widthBits, UNKNOWN_WIDTH);
  }

  /** The advance width in 1/1000 em, or NaN if not known yet. */
  float width(int codePoint) {
    if (codePoint >= BMP) {
      return Float.NaN;
    }
    int bits = widthBits[codePoint];
    return bits == UNKNOWN_WIDTH ? Float.NaN : Float.intBitsToFloat(bits);
  }

  void rememberWidth(int codePoint, float width) {
    if (codePoint < BMP) {
      widthBits[codePoint] = Float.floatToRawIntBits(width);
    }
  }

  /** The code's two bytes, or null if not known yet. */
  byte[] code(int codePoint) {
    if (codePoint >= BMP) {
      return null;
    }
    int code = twoByteCodes[codePoint] - 1;
    return code < 0 ? null : new byte[] {(byte) (code >> 8), (byte) code};
  }

  void rememberCode(int codePoint, byte[] code) {
    if (codePoint < BMP && code.length == 2) {
      twoByteCodes[codePoint] = ((code[0] & 0xff) << 8 | (code[1] & 0xff)) + 1;
    }
  }
}
