package vn.vanthu.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanthu.document.DocumentReader;

/**
 * Text measured and encoded through the shared {@link GlyphCache} gives the very PDF that PDFBox
 * alone gives, object for object and stream for stream (all but the render time and file ID), for
 * every sample and for text that exercises what widths and font metrics decide (justification,
 * letter spacing, underline, a glyph the font lacks).
 */
class CachedGlyphFontTests {

  private static final RenderingSettings SETTINGS = RenderingSettings.defaults();
  private static final FontRegistry FONTS = FontRegistry.load(SETTINGS);
  private static final TemplateRenderer TEMPLATES = new TemplateRenderer(SETTINGS);
  private static final ArchivalMetadata METADATA = new ArchivalMetadata("Thử nghiệm",
      "Đo chữ", "1/QĐ-TEST", "Bảo hiểm xã hội Việt Nam", LocalDate.of(2025, 6, 1), "vi", null);
  /** A PDF date (D:20261203…) or an XMP one (2026-12-03T15:24:53…). */
  private static final Pattern TIMES = Pattern.compile("D:\\d{14}[-+Z0-9']*"
      + "|\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?([-+]\\d\\d:\\d\\d|Z)?");

  static Stream<String> samples() {
    return Samples.names();
  }

  /** Every sample renders to the same PDF with and without the cache. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void samplesRenderTheSameBytes(String sample) {
    String xhtml = TEMPLATES.render(
        DocumentPresenter.present(new DocumentReader().read(Samples.json(sample))));
    assertSameBytes(xhtml);
  }

  /** Text whose drawing depends on widths and on the fonts' underline and strike metrics. */
  @Test
  void decoratedJustifiedAndSpacedTextRendersTheSameBytes() {
    String words = "Quyết định về việc ban hành Kế hoạch thông tin đối ngoại năm 2025 của "
        + "Bảo hiểm xã hội Việt Nam; Ỷ Ở Ữ ỹ ự ằ ẵ — “ngoặc” … ";
    String xhtml = """
        <html xmlns="http://www.w3.org/1999/xhtml" lang="vi"><head><title>Đo chữ</title>
        <style>
          @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
          body { font-family: 'Liberation Serif'; font-size: 14pt; }
          .j { text-align: justify; }
          .u { text-decoration: underline; }
          .s { text-decoration: line-through; font-weight: bold; }
          .l { letter-spacing: 0.7pt; font-style: italic; }
          .sans { font-family: 'Liberation Sans'; font-size: 9pt; }
        </style></head><body>
        <p class="j">%1$s%1$s%1$s</p>
        <p class="u">%1$s</p>
        <p class="s">%1$s</p>
        <p class="l">%1$s</p>
        <p class="sans j">%1$s%1$s ☃ 𝒜 ✓</p>
        </body></html>""".formatted(words);
    assertSameBytes(xhtml);
  }

  /** Random strings of Vietnamese, ASCII and symbols: the same widths, bit for bit, and codes. */
  @Test
  void widthsAndCodesAreExactlyPdfBoxs() throws IOException {
    String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY"
        + "àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
        + "ÀẢÃÁẠẰẲẴẮẶẦẨẪẤẬÈẺẼÉẸỀỂỄẾỆÌỈĨÍỊÒỎÕÓỌỒỔỖỐỘỜỞỠỚỢÙỦŨÚỤỪỬỮỨỰỲỶỸÝỴ"
        + "0123456789 .,;:!?()[]/-–—“”‘’…%§№€";
    Random random = new Random(20261203);
    GlyphCache glyphs = new GlyphCache();
    FontRegistry.Face face = FONTS.faces().getFirst();
    try (PDDocument document = new PDDocument();
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()))) {
      PDType0Font plain = PDType0Font.load(document, ttf, true);
      CachedGlyphFont cached = new CachedGlyphFont(plain, glyphs);
      for (int i = 0; i < 5_000; i++) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(40);
        for (int c = 0; c < length; c++) {
          text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String s = text.toString();
        assertThat(Float.floatToRawIntBits(cached.getStringWidth(s)))
            .as("width of %s", s)
            .isEqualTo(Float.floatToRawIntBits(plain.getStringWidth(s)));
        assertThat(cached.encode(s)).as("codes of %s", s).isEqualTo(plain.encode(s));
      }
      // A glyph the font lacks still fails the way openhtmltopdf expects, and is not cached.
      for (int attempt = 0; attempt < 2; attempt++) {
        assertThatThrownBy(() -> cached.getStringWidth("a☃"))
            .isInstanceOf(IllegalArgumentException.class);
      }
    }
  }

  private static void assertSameBytes(String xhtml) {
    String cached = dump(new PdfRenderer(FONTS).render(xhtml, METADATA));
    String plain = dump(new PdfRenderer(FONTS.withoutGlyphCache()).render(xhtml, METADATA));
    assertThat(cached.contains("/Type /Page ")).as("the dump lists the pages").isTrue();
    assertThat(firstDifference(cached, plain)).as("first difference").isEqualTo(-1);
  }

  /**
   * Every object reachable from the trailer, streams decoded, in the order they are reached:
   * the same text for the same PDF. The file identifier and the creation time, which differ
   * between two renders a second apart, are left out.
   */
  private static String dump(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      StringBuilder out = new StringBuilder();
      COSDictionary trailer = document.getDocument().getTrailer();
      trailer.removeItem(COSName.ID);
      dump(trailer, out, Collections.newSetFromMap(new IdentityHashMap<>()));
      return TIMES.matcher(out).replaceAll("<time>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void dump(COSBase base, StringBuilder out, Set<COSBase> seen) throws IOException {
    COSBase value = base instanceof COSObject object ? object.getObject() : base;
    if (value instanceof COSDictionary dictionary) {
      if (!seen.add(dictionary)) {
        out.append("<seen>");
        return;
      }
      out.append("<<");
      for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
        out.append('/').append(entry.getKey().getName()).append(' ');
        if (!COSName.PARENT.equals(entry.getKey()) && !COSName.P.equals(entry.getKey())) {
          dump(entry.getValue(), out, seen);
        }
        out.append(' ');
      }
      out.append(">>");
      if (dictionary instanceof COSStream stream) {
        try (InputStream in = stream.createInputStream()) {
          out.append(" stream ").append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
        }
      }
    } else if (value instanceof COSArray array) {
      out.append('[');
      for (COSBase element : array) {
        dump(element, out, seen);
        out.append(' ');
      }
      out.append(']');
    } else if (value instanceof COSName name) {
      out.append('/').append(name.getName());
    } else {
      out.append(value);
    }
  }

  private static int firstDifference(String a, String b) {
    int common = Math.min(a.length(), b.length());
    for (int i = 0; i < common; i++) {
      if (a.charAt(i) != b.charAt(i)) {
        return i;
      }
    }
    return a.length() == b.length() ? -1 : common;
  }
}
