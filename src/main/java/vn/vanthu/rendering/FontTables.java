package vn.vanthu.rendering;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rewrites a TrueType file without some of its tables.
 *
 * <p>Why: PDFBox applies a font's GSUB table to every string it shows, compiling regular
 * expressions per call, which was most of the rendering time; and for Vietnamese text set in
 * Liberation or Times New Roman it only substitutes Latin ligatures (fi, fl), which then extract as
 * one glyph and break the text round trip. Vietnamese needs no substitution: NFC text maps to
 * precomposed glyphs.
 */
final class FontTables {

  private static final int HEADER = 12;
  private static final int RECORD = 16;

  private FontTables() {}

  /** The same font without the named tables; the input unchanged when it has none of them. */
  static byte[] without(byte[] font, Set<String> dropped) {
    ByteBuffer in = ByteBuffer.wrap(font);
    int count = Short.toUnsignedInt(in.getShort(4));
    List<int[]> kept = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int at = HEADER + i * RECORD;
      String tag = new String(font, at, 4, StandardCharsets.US_ASCII);
      if (!dropped.contains(tag)) {
        kept.add(new int[] {at, in.getInt(at + 8), in.getInt(at + 12)});
      }
    }
    if (kept.size() == count) {
      return font;
    }
    int dataStart = HEADER + kept.size() * RECORD;
    int size = dataStart;
    for (int[] table : kept) {
      size += align(table[2]);
    }
    ByteBuffer out = ByteBuffer.allocate(size);
    out.putInt(in.getInt(0));
    out.putShort((short) kept.size());
    int power = Integer.highestOneBit(kept.size());
    out.putShort((short) (power * 16));
    out.putShort((short) Integer.numberOfTrailingZeros(power));
    out.putShort((short) (kept.size() * 16 - power * 16));
    int offset = dataStart;
    for (int[] table : kept) {
      out.put(font, table[0], 8);
      out.putInt(offset);
      out.putInt(table[2]);
      offset += align(table[2]);
    }
    for (int[] table : kept) {
      out.put(font, table[1], table[2]);
      out.position(out.position() + align(table[2]) - table[2]);
    }
    return out.array();
  }

  private static int align(int length) {
    return (length + 3) & ~3;
  }
}
