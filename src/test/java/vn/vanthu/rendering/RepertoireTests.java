package vn.vanthu.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanthu.document.DocumentReader;

/**
 * Fonts reduced to the {@link Repertoire} set a document exactly as the full fonts do: the same
 * widths and metrics for every character of the repertoire, the same text and the same pixels on
 * every page of every sample; a document with a character outside it keeps the full fonts.
 */
class RepertoireTests {

  private static final RenderingSettings SETTINGS = RenderingSettings.defaults();
  private static final DocumentRenderer FULL = new DocumentRenderer(SETTINGS);
  private static final DocumentRenderer REDUCED = new DocumentRenderer(SETTINGS);

  static {
    REDUCED.prepareForMany();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vn.vanthu.rendering.Samples#names")
  void samplesLookAndReadTheSameInTheReducedFonts(String sample) throws IOException {
    byte[] json = Samples.json(sample);
    var document = new DocumentReader().read(json);
    byte[] full = FULL.render(document, json).pdf();
    byte[] reduced = REDUCED.render(document, json).pdf();

    assertThat(Repertoire.covers(FULL.xhtml(document))).isTrue();
    assertThat(reduced).as("set in other glyph ids").isNotEqualTo(full);
    assertThat(pages(reduced).texts()).isEqualTo(pages(full).texts());
    List<BufferedImage> fullPages = PageImages.render(full, 100);
    List<BufferedImage> reducedPages = PageImages.render(reduced, 100);
    assertThat(reducedPages).hasSameSizeAs(fullPages);
    for (int page = 0; page < fullPages.size(); page++) {
      assertThat(differingPixels(fullPages.get(page), reducedPages.get(page)))
          .as("%s page %d", sample, page + 1).isZero();
    }
  }

  @Test
  void everyCharacterOfTheRepertoireKeepsItsGlyphWidthAndTheFaceItsMetrics() throws IOException {
    for (FontRegistry.Face face : FontRegistry.load(SETTINGS).faces()) {
      try (TrueTypeFont full = parse(face.bytes());
          TrueTypeFont reduced = parse(Repertoire.reduce(face.bytes()))) {
        CmapLookup fullCmap = full.getUnicodeCmapLookup();
        CmapLookup reducedCmap = reduced.getUnicodeCmapLookup();
        int characters = 0;
        for (int c = 0; c <= 0xffff; c++) {
          int fullGlyph = fullCmap.getGlyphId(c);
          int reducedGlyph = reducedCmap.getGlyphId(c);
          if (!Repertoire.contains(c)) {
            assertThat(reducedGlyph).as("%s U+%04X is outside", face.file(), c).isZero();
          } else if (fullGlyph != 0) {
            characters++;
            assertThat(reducedGlyph).as("%s U+%04X", face.file(), c).isNotZero();
            assertThat(reduced.getAdvanceWidth(reducedGlyph)).as("%s U+%04X", face.file(), c)
                .isEqualTo(full.getAdvanceWidth(fullGlyph));
          }
        }
        assertThat(characters).as(face.file()).isGreaterThan(900);
        assertThat(reduced.getNumberOfGlyphs()).isLessThan(full.getNumberOfGlyphs() / 2);
        assertThat(reduced.getUnitsPerEm()).isEqualTo(full.getUnitsPerEm());
        assertThat(reduced.getHorizontalHeader().getAscender())
            .isEqualTo(full.getHorizontalHeader().getAscender());
        assertThat(reduced.getHorizontalHeader().getDescender())
            .isEqualTo(full.getHorizontalHeader().getDescender());
        assertThat(reduced.getPostScript().getUnderlinePosition())
            .isEqualTo(full.getPostScript().getUnderlinePosition());
        assertThat(reduced.getPostScript().getUnderlineThickness())
            .isEqualTo(full.getPostScript().getUnderlineThickness());
        assertThat(reduced.getName()).isEqualTo(full.getName());
      }
    }
  }

  @Test
  void aDocumentWithCharactersOutsideKeepsTheFullFonts() throws IOException {
    FontRegistry fonts = FontRegistry.load(SETTINGS);
    fonts.prepareRepertoire();
    try (PDDocument pdf = new PDDocument()) {
      assertThat(fonts.registerWith(new PdfRendererBuilder(), pdf, "Hà Nội, ngày 2 tháng 9 — ₫")
          .reduced()).isTrue();
      assertThat(fonts.registerWith(new PdfRendererBuilder(), pdf, "Đoàn công tác tại Москва")
          .reduced()).isFalse();
      assertThat(fonts.registerWith(new PdfRendererBuilder(), pdf, "Hội nghị 😀").reduced())
          .isFalse();
    }
    try (PDDocument pdf = new PDDocument()) {
      assertThat(FontRegistry.load(SETTINGS).registerWith(new PdfRendererBuilder(), pdf, "Hà Nội")
          .reduced()).as("not prepared").isFalse();
    }

    String xhtml = """
        <html xmlns="http://www.w3.org/1999/xhtml"><head><title>Thử</title>
        <style>body { font-family: 'Liberation Serif'; font-size: 13pt; }</style></head>
        <body><p>Đoàn công tác của Bảo hiểm xã hội Việt Nam tại Москва, Ελλάδα.</p></body></html>
        """;
    ArchivalMetadata metadata = new ArchivalMetadata("Thử", "Chữ ngoài", null,
        "Bảo hiểm xã hội Việt Nam", LocalDate.of(2025, 6, 1), "vi", null);
    byte[] pdf = REDUCED.pdfRenderer().render(xhtml, metadata);
    assertThat(pages(pdf).texts().getFirst()).contains(
        "Đoàn công tác của Bảo hiểm xã hội Việt Nam tại Москва, Ελλάδα.");
  }

  @Test
  void tellsTheRepertoireApart() {
    assertThat(Repertoire.covers("Quyết định số 813/QĐ-BHXH “Kế hoạch” – 50.000 ₫ № 5 • ≥ ±\n\t"))
        .isTrue();
    assertThat(Repertoire.covers("Ơ ơ Ư ư Đ đ Ă ă Ẫ ẫ Ỹ ỹ")).isTrue();
    assertThat(Repertoire.covers("Москва")).isFalse();
    assertThat(Repertoire.covers("北京")).isFalse();
    assertThat(Repertoire.covers("a\u0001b")).isFalse();
    assertThat(Repertoire.covers("\ud83d\ude00")).isFalse();
  }

  private static TrueTypeFont parse(byte[] font) throws IOException {
    return new TTFParser().parse(new RandomAccessReadBuffer(font));
  }

  /** Each page's text (and image), as the golden tests read them. */
  private static GoldenFiles.Output pages(byte[] pdf) throws IOException {
    return GoldenFiles.Output.of(pdf, "document.xhtml", null);
  }

  private static long differingPixels(BufferedImage a, BufferedImage b) {
    assertThat(b.getWidth()).isEqualTo(a.getWidth());
    assertThat(b.getHeight()).isEqualTo(a.getHeight());
    long differing = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        if (a.getRGB(x, y) != b.getRGB(x, y)) {
          differing++;
        }
      }
    }
    return differing;
  }
}
