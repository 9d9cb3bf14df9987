package vn.vanthu.leaflet;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import vn.vanthu.rendering.PdfConformance;

/**
 * What the PDFs of the samples are made of: both languages extractable exactly, every font
 * embedded, the trimmed size of the layout, 3 mm of bleed and the crop and fold marks outside it,
 * PDF/A-3a as veraPDF sees it.
 */
class LeafletPdfTests {

  private static final float POINTS_PER_MM = 72 / 25.4f;

  static Stream<String> samples() {
    return Stream.of(LeafletSamples.TRIFOLD, LeafletSamples.BIFOLD, LeafletSamples.BOOKLET);
  }

  private static byte[] pdf(String sample, PrintOptions print) {
    return LeafletSamples.RENDERER.render(LeafletSamples.read(sample), print).pdf();
  }

  /** The text in content order, with every space and line break taken out. */
  private static String unspaced(String text) {
    return text.replaceAll("\\s+", "");
  }

  /** Every text of the sample, Vietnamese and English, comes back from the PDF as it was given. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void textExtractedFromThePdfReturnsBothLanguagesExactly(String sample) throws IOException {
    Leaflet leaflet = LeafletSamples.read(sample);
    String extracted;
    try (PDDocument document = Loader.loadPDF(pdf(sample, PrintOptions.TRIMMED))) {
      extracted = new PDFTextStripper().getText(document);
    }
    assertThat(Normalizer.isNormalized(extracted, Normalizer.Form.NFC)).isTrue();
    // Lines break where the layout breaks them, so spaces and line ends are not compared; every
    // letter and mark is, in NFC, in both languages.
    String actual = unspaced(extracted);
    List<LeafletTexts.Located> texts = LeafletTexts.of(leaflet);
    assertThat(texts).hasSizeGreaterThan(20);
    for (LeafletTexts.Located text : texts) {
      assertThat(actual).as("%s in Vietnamese", text.place()).contains(unspaced(text.text().vi()));
      assertThat(actual).as("%s in English", text.place()).contains(unspaced(text.text().en()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void everyFontIsEmbedded(String sample) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf(sample, PrintOptions.TRIMMED))) {
      int fonts = 0;
      for (PDPage page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          assertThat(font.getName()).contains("Liberation");
          fonts++;
        }
      }
      assertThat(fonts).isPositive();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void isPdfA3a(String sample) throws Exception {
    assertThat(PdfConformance.failures(pdf(sample, PrintOptions.PRINT_SHOP),
        PDFAFlavour.PDFA_3_A)).isEmpty();
  }

  @Test
  void thePreviewIsOnePngPerSideAt100Dpi() throws IOException {
    List<byte[]> pages = LeafletSamples.RENDERING.preview(
        LeafletSamples.json(LeafletSamples.TRIFOLD), LeafletSamples.IMAGES);

    assertThat(pages).hasSize(2);
    BufferedImage outside = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
        pages.getFirst()));
    assertThat(outside.getWidth()).isEqualTo(1169);
    assertThat(outside.getHeight()).isEqualTo(826);
  }

  @Test
  void theTrimmedTrifoldIsTwoA4LandscapeSides() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf(LeafletSamples.TRIFOLD, PrintOptions.TRIMMED))) {
      assertThat(document.getNumberOfPages()).isEqualTo(2);
      for (PDPage page : document.getPages()) {
        assertSize(page.getMediaBox(), 297, 210);
        assertSize(page.getTrimBox(), 297, 210);
      }
    }
  }

  @Test
  void bleedAdds3MillimetresOnEachSideWithCropMarksOutsideIt() throws IOException {
    byte[] pdf = pdf(LeafletSamples.TRIFOLD, PrintOptions.PRINT_SHOP);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDPage outside = document.getPage(0);
      PDRectangle trim = outside.getTrimBox();
      PDRectangle bleed = outside.getBleedBox();
      assertSize(trim, 297, 210);
      assertSize(bleed, 303, 216);
      assertThat(trim.getLowerLeftX() - bleed.getLowerLeftX()).isCloseTo(3 * POINTS_PER_MM,
          org.assertj.core.data.Offset.offset(0.01f));
      assertThat(bleed.getUpperRightY() - trim.getUpperRightY()).isCloseTo(3 * POINTS_PER_MM,
          org.assertj.core.data.Offset.offset(0.01f));
      // The media box leaves 7 mm outside the bleed for the marks.
      assertSize(outside.getMediaBox(), 317, 230);

      BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 254);
      // 254 dpi: 10 px per mm. The trim's top left corner is at (100, 100) px.
      assertThat(dark(image, 100, 40)).as("vertical crop mark above the corner").isTrue();
      assertThat(dark(image, 40, 100)).as("horizontal crop mark left of the corner").isTrue();
      assertThat(dark(image, 100, 2200 + 60)).as("crop mark below the corner").isTrue();
      assertThat(dark(image, 50, 50)).as("the slug beside the marks").isFalse();
      assertThat(dark(image, 100, 75)).as("no mark inside the bleed").isFalse();
      // The fold between the back and the cover, 197.25 mm from the trim's left, is marked.
      // Its dashes start at the bleed's edge (70 px) with 3 pt (10.6 px) of ink.
      assertThat(dark(image, 100 + 1972, 65) || dark(image, 100 + 1973, 65)).as("fold mark")
          .isTrue();
      assertThat(dark(image, 100 + 1972, 85) || dark(image, 100 + 1973, 85))
          .as("no fold mark inside the bleed").isFalse();
      // The cover's blue runs 3 mm past the trim on the right and the top.
      assertThat(blue(image, 100 + 2970 + 15, 1000)).as("bleed right of the cover").isTrue();
      assertThat(blue(image, 2500, 100 - 15)).as("bleed above the cover").isTrue();
      assertThat(blue(image, 100 + 2970 + 45, 1000)).as("nothing beyond the bleed").isFalse();
    }
  }

  private static void assertSize(PDRectangle box, double widthMm, double heightMm) {
    assertThat(box.getWidth() / POINTS_PER_MM).isCloseTo((float) widthMm,
        org.assertj.core.data.Offset.offset(0.05f));
    assertThat(box.getHeight() / POINTS_PER_MM).isCloseTo((float) heightMm,
        org.assertj.core.data.Offset.offset(0.05f));
  }

  private static boolean dark(BufferedImage image, int x, int y) {
    int rgb = image.getRGB(x, y);
    return ((rgb >> 16) & 0xff) < 128 && ((rgb >> 8) & 0xff) < 128 && (rgb & 0xff) < 128;
  }

  private static boolean blue(BufferedImage image, int x, int y) {
    int rgb = image.getRGB(x, y);
    return (rgb & 0xffffff) == 0x0b4f8a || (((rgb >> 16) & 0xff) < 40 && (rgb & 0xff) > 110);
  }
}
