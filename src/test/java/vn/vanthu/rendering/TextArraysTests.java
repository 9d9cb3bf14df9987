package vn.vanthu.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanthu.document.DocumentReader;

/** Glyphs of a text array that no adjustment separates are joined; the drawing stays the same. */
class TextArraysTests {

  private static final DocumentRenderer RENDERER =
      new DocumentRenderer(RenderingSettings.defaults());
  private static final String[] LITERALS = {"(a)", "(b\\))", "(\\\\)", "(c\\(d)", "(\u0000A)"};

  @Test
  void joinsGlyphsThatNoAdjustmentSeparates() {
    assertThat(compact("BT\n[<0041>0 <0042>-88.29312 <0043>0 <0044>] TJ\nET\n"))
        .isEqualTo("BT\n[(\u0000A\u0000B)-88.29312 (\u0000C\u0000D)] TJ\nET\n");
  }

  @Test
  void joinsLiteralAndHexadecimalStringsAsPdfBoxWouldWriteThem() {
    assertThat(compact("[(a\\)b)0 <00E9>0 (\\\\)] TJ\n"))
        .isEqualTo("[<61296200E95C>] TJ\n");
    assertThat(compact("[(a\\(b)0 (c)] TJ\n")).isEqualTo("[(a\\(bc)] TJ\n");
  }

  @Test
  void leavesWhatItIsNotSureOf() {
    for (String content : new String[] {
        "[(a\\nb)0 (c)] TJ\n", // an escape PDFBox does not write
        "[(a)1e3 (b)] TJ\n", // a number in a form PDFBox does not write
        "[(a)-12 (b)] TJ\n", // nothing to join
        "(a) Tj\n",
        "BI /W 1 /H 1 ID x EI\n[(a)0 (b)] TJ\n", // an inline image
        "[<0A1>0 <00>] TJ\n"}) { // an odd hexadecimal string
      assertThat(compact(content)).as(content).isEqualTo(content);
    }
  }

  /** Random arrays: the same glyphs in the same order, the same non-zero adjustments. */
  @Test
  void randomArraysDrawTheSameGlyphsWithTheSameAdjustments() throws IOException {
    Random random = new Random(3122026);
    for (int round = 0; round < 2_000; round++) {
      StringBuilder line = new StringBuilder("[");
      int elements = 1 + random.nextInt(12);
      for (int e = 0; e < elements; e++) {
        switch (random.nextInt(4)) {
          case 0 -> line.append(LITERALS[random.nextInt(LITERALS.length)]);
          case 1 -> line.append(String.format("<%04X>", random.nextInt(0x10000)));
          case 2 -> line.append("0");
          default -> line.append(-random.nextInt(200)).append('.').append(random.nextInt(99));
        }
        line.append(' ');
      }
      String content = line.toString().strip() + "] TJ\n";
      assertThat(drawn(compact(content))).as(content).isEqualTo(drawn(content));
    }
  }

  /** Every sample's pages draw the same glyphs with the same adjustments as before joining. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("vn.vanthu.rendering.Samples#names")
  void samplesKeepNoZeroAdjustmentBetweenStrings(String sample) throws IOException {
    byte[] json = Samples.json(sample);
    byte[] pdf = RENDERER.render(new DocumentReader().read(json), json).pdf();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        String content;
        try (InputStream in = page.getContents()) {
          content = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        assertThat(content).doesNotContainPattern("[)>]0 [(<]");
      }
    }
  }

  private static String compact(String content) {
    byte[] bytes = content.getBytes(StandardCharsets.ISO_8859_1);
    return new String(TextArrays.compact(bytes), StandardCharsets.ISO_8859_1);
  }

  /** The glyph bytes and non-zero adjustments of every TJ, as one string. */
  private static String drawn(String content) throws IOException {
    StringBuilder drawn = new StringBuilder();
    PDFStreamParser parser = new PDFStreamParser(content.getBytes(StandardCharsets.ISO_8859_1));
    for (Object token : parser.parse()) {
      if (token instanceof COSArray array) {
        for (COSBase element : array) {
          if (element instanceof COSString string) {
            drawn.append(new String(string.getBytes(), StandardCharsets.ISO_8859_1));
          } else if (element instanceof COSNumber number && number.floatValue() != 0) {
            drawn.append('|').append(number.floatValue()).append('|');
          }
        }
      } else if (token instanceof Operator operator) {
        drawn.append(' ').append(operator.getName()).append(' ');
      }
    }
    return drawn.toString();
  }
}
