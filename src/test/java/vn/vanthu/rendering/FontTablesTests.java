package vn.vanthu.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.GlyphDescription;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Fonts rewritten for documents keep every outline and metric and lose only GSUB and hinting. */
class FontTablesTests {

  static Stream<Path> fonts() throws IOException {
    return Files.list(Path.of("fonts")).filter(p -> p.toString().endsWith(".ttf")).sorted();
  }

  /** Every glyph has the same points, contours and advance width as in the original file. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("fonts")
  void keepsEveryOutlineAndMetric(Path file) throws IOException {
    byte[] original = Files.readAllBytes(file);
    try (TrueTypeFont before = parse(original);
        TrueTypeFont after = parse(FontTables.forDocuments(original))) {
      assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
      assertThat(after.getUnitsPerEm()).isEqualTo(before.getUnitsPerEm());
      for (int gid = 0; gid < before.getNumberOfGlyphs(); gid++) {
        assertThat(after.getAdvanceWidth(gid)).as("advance of glyph %d", gid)
            .isEqualTo(before.getAdvanceWidth(gid));
        assertThat(points(after.getGlyph().getGlyph(gid))).as("outline of glyph %d", gid)
            .isEqualTo(points(before.getGlyph().getGlyph(gid)));
      }
      assertThat(after.getUnicodeCmapLookup().getGlyphId('ệ'))
          .isEqualTo(before.getUnicodeCmapLookup().getGlyphId('ệ'));
    }
  }

  /** GSUB, the hinting tables and every glyph program are gone, and the file is much smaller. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("fonts")
  void dropsLigaturesAndHinting(Path file) throws IOException {
    byte[] original = Files.readAllBytes(file);
    byte[] rewritten = FontTables.forDocuments(original);
    assertThat(tags(rewritten)).doesNotContain("GSUB", "fpgm", "prep", "cvt ", "hdmx", "LTSH",
        "VDMX").contains("glyf", "loca", "head", "hmtx", "cmap", "OS/2", "name", "post");
    ByteBuffer glyf = ByteBuffer.wrap(table(rewritten, "glyf"));
    ByteBuffer loca = ByteBuffer.wrap(table(rewritten, "loca"));
    for (int gid = 0; gid + 1 < loca.capacity() / 4; gid++) {
      int start = loca.getInt(gid * 4);
      if (loca.getInt(gid * 4 + 4) > start && glyf.getShort(start) >= 0) {
        int contours = glyf.getShort(start);
        assertThat(glyf.getShort(start + 10 + 2 * contours)).as("program of glyph %d", gid)
            .isZero();
      }
    }
    assertThat(rewritten.length).isLessThan(original.length * 3 / 4);
  }

  /** Each table's checksum and the file's checksum adjustment are right, as strict readers want. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("fonts")
  void hasValidChecksums(Path file) throws IOException {
    byte[] font = FontTables.forDocuments(Files.readAllBytes(file));
    ByteBuffer in = ByteBuffer.wrap(font);
    for (int i = 0; i < in.getShort(4); i++) {
      int at = 12 + i * 16;
      String tag = new String(font, at, 4, StandardCharsets.US_ASCII);
      int offset = in.getInt(at + 8);
      int length = in.getInt(at + 12);
      byte[] table = Arrays.copyOfRange(font, offset, offset + length);
      if (tag.equals("head")) {
        ByteBuffer.wrap(table).putInt(8, 0);
      }
      assertThat(in.getInt(at + 4)).as("checksum of %s", tag).isEqualTo(checksum(table));
    }
    assertThat(checksum(font)).as("whole-file checksum").isEqualTo(0xB1B0AFBA);
  }

  /** What is not a TrueType font with outlines is handed back untouched rather than broken. */
  @Test
  void leavesWhatItCannotRewriteUntouched() {
    byte[] truncated = new byte[40];
    ByteBuffer.wrap(truncated).putInt(0x00010000).putShort((short) 9);
    assertThat(FontTables.forDocuments(truncated)).isSameAs(truncated);
  }

  private static TrueTypeFont parse(byte[] bytes) throws IOException {
    return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
  }

  private static byte[] table(byte[] font, String tag) {
    ByteBuffer in = ByteBuffer.wrap(font);
    for (int i = 0; i < in.getShort(4); i++) {
      int at = 12 + i * 16;
      if (new String(font, at, 4, StandardCharsets.US_ASCII).equals(tag)) {
        return Arrays.copyOfRange(font, in.getInt(at + 8), in.getInt(at + 8) + in.getInt(at + 12));
      }
    }
    throw new AssertionError("no " + tag + " table");
  }

  private static List<String> tags(byte[] font) {
    ByteBuffer in = ByteBuffer.wrap(font);
    List<String> tags = new ArrayList<>();
    for (int i = 0; i < in.getShort(4); i++) {
      tags.add(new String(font, 12 + i * 16, 4, StandardCharsets.US_ASCII));
    }
    return tags;
  }

  private static List<String> points(GlyphData glyph) {
    List<String> points = new ArrayList<>();
    if (glyph == null) {
      return points;
    }
    GlyphDescription d = glyph.getDescription();
    for (int i = 0; i < d.getPointCount(); i++) {
      points.add(d.getXCoordinate(i) + "," + d.getYCoordinate(i) + "," + d.getFlags(i));
    }
    for (int i = 0; i < d.getContourCount(); i++) {
      points.add("end " + d.getEndPtOfContours(i));
    }
    return points;
  }

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
}
