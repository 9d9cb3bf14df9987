package vn.vanthu.rendering;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rewrites a TrueType file into the form documents are set and embedded in: without GSUB and
 * without hinting.
 *
 * <p>Why no GSUB: PDFBox applies a font's GSUB table to every string it shows, compiling regular
 * expressions per call, which was most of the rendering time; and for Vietnamese text set in
 * Liberation or Times New Roman it only substitutes Latin ligatures (fi, fl), which then extract as
 * one glyph and break the text round trip. Vietnamese needs no substitution: NFC text maps to
 * precomposed glyphs.
 *
 * <p>Why no hinting: the hinting tables and each glyph's instructions were half of every embedded
 * subset, and PDF viewers rasterise outlines without running them. Outlines, metrics and cmap, all
 * that layout, text extraction and veraPDF look at, are unchanged.
 */
final class FontTables {

  private static final int HEADER = 12;
  private static final int RECORD = 16;
  /** Tables that only serve ligatures or hinting. */
  private static final Set<String> DROPPED =
      Set.of("GSUB", "fpgm", "prep", "cvt ", "hdmx", "LTSH", "VDMX");
  private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
  private static final int WE_HAVE_A_SCALE = 0x0008;
  private static final int MORE_COMPONENTS = 0x0020;
  private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
  private static final int WE_HAVE_A_TWO_BY_TWO = 0x0080;
  private static final int WE_HAVE_INSTRUCTIONS = 0x0100;

  private FontTables() {}

  /**
   * The font without GSUB and hinting; the input unchanged when it has no TrueType outlines (a
   * CFF font, a collection) or cannot be rewritten, so that an odd licensed font is still usable.
   */
  static byte[] forDocuments(byte[] font) {
    try {
      return rewrite(font);
    } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
      return font;
    }
  }

  private static byte[] rewrite(byte[] font) {
    ByteBuffer in = ByteBuffer.wrap(font);
    int count = Short.toUnsignedInt(in.getShort(4));
    // Sorted by tag, as the table directory must be (tags are ASCII).
    Map<String, byte[]> tables = new TreeMap<>();
    for (int i = 0; i < count; i++) {
      int at = HEADER + i * RECORD;
      String tag = new String(font, at, 4, StandardCharsets.US_ASCII);
      int offset = in.getInt(at + 8);
      tables.put(tag, Arrays.copyOfRange(font, offset, offset + in.getInt(at + 12)));
    }
    byte[] head = tables.get("head");
    byte[] maxp = tables.get("maxp");
    byte[] loca = tables.get("loca");
    byte[] glyf = tables.get("glyf");
    if (head == null || maxp == null || loca == null || glyf == null) {
      return font;
    }
    int glyphs = Short.toUnsignedInt(ByteBuffer.wrap(maxp).getShort(4));
    boolean longLoca = ByteBuffer.wrap(head).getShort(50) != 0;
    ByteBuffer locaIn = ByteBuffer.wrap(loca);
    ByteArrayOutputStream glyfOut = new ByteArrayOutputStream(glyf.length);
    ByteBuffer locaOut = ByteBuffer.allocate((glyphs + 1) * 4);
    for (int g = 0; g < glyphs; g++) {
      int start = longLoca ? locaIn.getInt(g * 4) : Short.toUnsignedInt(locaIn.getShort(g * 2)) * 2;
      int end = longLoca ? locaIn.getInt(g * 4 + 4)
          : Short.toUnsignedInt(locaIn.getShort(g * 2 + 2)) * 2;
      locaOut.putInt(glyfOut.size());
      if (end > start) {
        writeWithoutInstructions(glyf, start, end, glyfOut);
        while (glyfOut.size() % 4 != 0) {
          glyfOut.write(0);
        }
      }
    }
    locaOut.putInt(glyfOut.size());
    byte[] newHead = head.clone();
    // Long offsets in loca; the checksum adjustment is computed once the file is assembled.
    ByteBuffer.wrap(newHead).putShort(50, (short) 1).putInt(8, 0);
    byte[] newMaxp = maxp.clone();
    if (newMaxp.length >= 28) {
      ByteBuffer.wrap(newMaxp).putShort(26, (short) 0); // maxSizeOfInstructions
    }
    tables.put("head", newHead);
    tables.put("maxp", newMaxp);
    tables.put("loca", locaOut.array());
    tables.put("glyf", glyfOut.toByteArray());
    tables.keySet().removeAll(DROPPED);
    return assemble(in.getInt(0), tables);
  }

  /** One glyph's description with an empty instruction program. */
  private static void writeWithoutInstructions(byte[] glyf, int start, int end,
      ByteArrayOutputStream out) {
    ByteBuffer in = ByteBuffer.wrap(glyf);
    int contours = in.getShort(start);
    if (contours >= 0) {
      // Simple glyph: header, end points of contours, instruction length and instructions, points.
      int instructionsAt = start + 10 + 2 * contours;
      int instructions = Short.toUnsignedInt(in.getShort(instructionsAt));
      out.write(glyf, start, instructionsAt - start);
      out.write(0);
      out.write(0);
      int rest = instructionsAt + 2 + instructions;
      out.write(glyf, rest, end - rest);
      return;
    }
    // Composite glyph: components, then the instructions if the last one says so.
    byte[] composite = Arrays.copyOfRange(glyf, start, end);
    ByteBuffer c = ByteBuffer.wrap(composite);
    int p = 10;
    int flags;
    do {
      flags = Short.toUnsignedInt(c.getShort(p));
      c.putShort(p, (short) (flags & ~WE_HAVE_INSTRUCTIONS));
      p += 4 + ((flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2);
      if ((flags & WE_HAVE_A_SCALE) != 0) {
        p += 2;
      } else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0) {
        p += 4;
      } else if ((flags & WE_HAVE_A_TWO_BY_TWO) != 0) {
        p += 8;
      }
    } while ((flags & MORE_COMPONENTS) != 0);
    out.write(composite, 0, p);
  }

  /** A font file of the given tables, in tag order, with checksums. */
  private static byte[] assemble(int version, Map<String, byte[]> tables) {
    int dataStart = HEADER + tables.size() * RECORD;
    int size = dataStart;
    for (byte[] table : tables.values()) {
      size += align(table.length);
    }
    ByteBuffer out = ByteBuffer.allocate(size);
    out.putInt(version);
    out.putShort((short) tables.size());
    int power = Integer.highestOneBit(tables.size());
    out.putShort((short) (power * 16));
    out.putShort((short) Integer.numberOfTrailingZeros(power));
    out.putShort((short) (tables.size() * 16 - power * 16));
    int offset = dataStart;
    int headAt = -1;
    for (Map.Entry<String, byte[]> table : tables.entrySet()) {
      out.put(table.getKey().getBytes(StandardCharsets.US_ASCII));
      out.putInt(checksum(table.getValue()));
      out.putInt(offset);
      out.putInt(table.getValue().length);
      if (table.getKey().equals("head")) {
        headAt = offset;
      }
      offset += align(table.getValue().length);
    }
    for (byte[] table : tables.values()) {
      out.put(table);
      out.position(out.position() + align(table.length) - table.length);
    }
    byte[] bytes = out.array();
    if (headAt >= 0) {
      ByteBuffer.wrap(bytes).putInt(headAt + 8, 0xB1B0AFBA - checksum(bytes));
    }
    return bytes;
  }

  /** The TrueType checksum: the sum of the data as big-endian 32-bit words, zero-padded. */
  private static int checksum(byte[] data) {
    int sum = 0;
    for (int i = 0; i < data.length; i += 4) {
      int word = 0;
      for (int b = 0; b < 4; b++) {
        word = (word << 8) | (i + b < data.length ? data[i + b] & 0xff : 0);
      }
      sum += word;
    }
    return sum;
  }

  private static int align(int length) {
    return (length + 3) & ~3;
  }
}
