package vn.vanthu.leaflet;

import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for every sample leaflet in its layout, trimmed, with bleed and in the other
 * arrangement of its languages, and for the booklet imposed for saddle stitching: the XHTML (pictures elided), the text of each page and a 72 dpi
 * grayscale image of each page, in {@code src/test/resources/golden/leaflets/<sample>/<variant>/}.
 * Text is compared exactly, images with a tolerance; PDF bytes never. On a mismatch the actual
 * files and diff images go to {@code target/golden-actual/leaflets/}. To accept the current
 * output: {@code ./mvnw test -Dtest=LeafletGoldenTests -Dgolden.update=true}.
 */
class LeafletGoldenTests {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "leaflets");
  private static final Path ACTUAL = Path.of("target", "golden-actual", "leaflets");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final int DPI = 72;
  /** A pixel differs when its gray levels differ by more than this. */
  private static final int PIXEL_TOLERANCE = 64;
  /** A page differs when more than this share of its pixels differ. */
  private static final double PAGE_TOLERANCE = 0.005;

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(LeafletSamples.TRIFOLD, "trimmed"),
        Arguments.of(LeafletSamples.TRIFOLD, "bleed"),
        Arguments.of(LeafletSamples.BIFOLD, "trimmed"),
        Arguments.of(LeafletSamples.BIFOLD, "bleed"),
        Arguments.of(LeafletSamples.BOOKLET, "trimmed"),
        Arguments.of(LeafletSamples.BOOKLET, "bleed"),
        Arguments.of(LeafletSamples.BOOKLET, "imposed"),
        // Each layout in its other arrangement of the languages, trimmed.
        Arguments.of(LeafletSamples.TRIFOLD, "side-by-side"),
        Arguments.of(LeafletSamples.BIFOLD, "stacked"),
        Arguments.of(LeafletSamples.BOOKLET, "stacked"));
  }

  /** The sample, printed this way, matches its golden files. */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void matchesItsGoldenFiles(String sample, String variant) throws IOException {
    boolean rearranged = variant.equals("side-by-side") || variant.equals("stacked");
    PrintOptions print = variant.equals("trimmed") || rearranged ? PrintOptions.TRIMMED
        : PrintOptions.PRINT_SHOP;
    byte[] json = rearranged
        ? LeafletSamples.edited(sample, root -> root.put("languages", variant))
        : LeafletSamples.json(sample);
    LeafletRendering.LeafletPdf rendered = LeafletSamples.RENDERING.render(json,
        LeafletSamples.IMAGES, print, variant.equals("imposed"));
    byte[] pdf = variant.equals("imposed") ? rendered.imposed() : rendered.pdf();
    Output actual = Output.of(pdf, variant.equals("imposed") ? null : elided(rendered.xhtml()));
    Path golden = GOLDEN.resolve(sample).resolve(variant);
    if (UPDATE) {
      actual.writeTo(golden);
      return;
    }
    List<String> problems = compare(golden, actual);
    if (!problems.isEmpty()) {
      Path dir = ACTUAL.resolve(sample).resolve(variant);
      actual.writeTo(dir);
      Files.write(dir.resolve("leaflet.pdf"), pdf);
      writeDiffs(golden, actual, dir);
      fail("%s (%s) differs from its golden files in %s:%n  %s%nThe actual files and diff images"
          + " are in %s; if the change is intended, rerun with -Dgolden.update=true.", sample,
          variant, golden, String.join("\n  ", problems), dir.toAbsolutePath());
    }
  }

  /** The XHTML without the pictures' bytes, which the page images already compare. */
  private static String elided(String xhtml) {
    return xhtml.replaceAll("base64,[A-Za-z0-9+/=]+", "base64,…");
  }

  private record Output(@Nullable String xhtml, List<String> texts, List<BufferedImage> images) {

    static Output of(byte[] pdf, @Nullable String xhtml) throws IOException {
      List<String> texts = new ArrayList<>();
      List<BufferedImage> images = new ArrayList<>();
      try (PDDocument document = Loader.loadPDF(pdf)) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setLineSeparator("\n");
        PDFRenderer renderer = new PDFRenderer(document);
        for (int page = 0; page < document.getNumberOfPages(); page++) {
          stripper.setStartPage(page + 1);
          stripper.setEndPage(page + 1);
          texts.add(Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFC));
          images.add(renderer.renderImageWithDPI(page, DPI, ImageType.GRAY));
        }
      }
      return new Output(xhtml, texts, images);
    }

    void writeTo(Path dir) throws IOException {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> old = Files.list(dir)) {
          for (Path file : old.toList()) {
            Files.delete(file);
          }
        }
      }
      Files.createDirectories(dir);
      if (xhtml != null) {
        Files.writeString(dir.resolve("leaflet.xhtml"), xhtml, StandardCharsets.UTF_8);
      }
      for (int page = 1; page <= texts.size(); page++) {
        Files.writeString(dir.resolve("page-" + page + ".txt"), texts.get(page - 1),
            StandardCharsets.UTF_8);
        ImageIO.write(images.get(page - 1), "png", dir.resolve("page-" + page + ".png").toFile());
      }
    }
  }

  private static List<String> compare(Path golden, Output actual) throws IOException {
    if (!Files.isDirectory(golden)) {
      return List.of("no golden files: " + golden + " does not exist");
    }
    List<String> problems = new ArrayList<>();
    Path xhtml = golden.resolve("leaflet.xhtml");
    if (actual.xhtml() != null && !Files.exists(xhtml)) {
      problems.add("missing golden file " + xhtml);
    } else if (actual.xhtml() != null
        && !Files.readString(xhtml, StandardCharsets.UTF_8).equals(actual.xhtml())) {
      problems.add("leaflet.xhtml differs");
    }
    int expectedPages = 0;
    while (Files.exists(golden.resolve("page-" + (expectedPages + 1) + ".txt"))) {
      expectedPages++;
    }
    if (expectedPages != actual.texts().size()) {
      problems.add("page count: expected " + expectedPages + ", got " + actual.texts().size());
    }
    for (int page = 1; page <= actual.texts().size(); page++) {
      Path text = golden.resolve("page-" + page + ".txt");
      Path image = golden.resolve("page-" + page + ".png");
      if (!Files.exists(text) || !Files.exists(image)) {
        problems.add("missing golden files for page " + page);
        continue;
      }
      String textProblem = textDifference(Files.readString(text, StandardCharsets.UTF_8),
          actual.texts().get(page - 1));
      if (textProblem != null) {
        problems.add("page-" + page + ".txt " + textProblem);
      }
      String imageProblem = imageDifference(ImageIO.read(image.toFile()),
          actual.images().get(page - 1));
      if (imageProblem != null) {
        problems.add("page-" + page + ".png " + imageProblem);
      }
    }
    return problems;
  }

  private static @Nullable String textDifference(String expected, String actual) {
    if (expected.equals(actual)) {
      return null;
    }
    List<String> before = expected.lines().toList();
    List<String> after = actual.lines().toList();
    int line = 0;
    while (line < before.size() && line < after.size()
        && before.get(line).equals(after.get(line))) {
      line++;
    }
    return String.format("differs from line %d: expected \"%s\", got \"%s\"", line + 1,
        line < before.size() ? before.get(line) : "(end)",
        line < after.size() ? after.get(line) : "(end)");
  }

  private static @Nullable String imageDifference(BufferedImage expected, BufferedImage actual) {
    if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
      return String.format("size: expected %d×%d, got %d×%d", expected.getWidth(),
          expected.getHeight(), actual.getWidth(), actual.getHeight());
    }
    long differing = 0;
    for (int y = 0; y < actual.getHeight(); y++) {
      for (int x = 0; x < actual.getWidth(); x++) {
        if (Math.abs(gray(expected, x, y) - gray(actual, x, y)) > PIXEL_TOLERANCE) {
          differing++;
        }
      }
    }
    double share = (double) differing / ((long) actual.getWidth() * actual.getHeight());
    return share > PAGE_TOLERANCE
        ? String.format("differs in %d pixels (%.2f %%, tolerance %.2f %%)", differing,
            100 * share, 100 * PAGE_TOLERANCE)
        : null;
  }

  private static void writeDiffs(Path golden, Output actual, Path dir) throws IOException {
    for (int page = 1; page <= actual.images().size(); page++) {
      Path image = golden.resolve("page-" + page + ".png");
      if (!Files.exists(image)) {
        continue;
      }
      BufferedImage expected = ImageIO.read(image.toFile());
      BufferedImage current = actual.images().get(page - 1);
      if (expected.getWidth() != current.getWidth()
          || expected.getHeight() != current.getHeight()) {
        continue;
      }
      BufferedImage diff = new BufferedImage(current.getWidth(), current.getHeight(),
          BufferedImage.TYPE_INT_RGB);
      for (int y = 0; y < current.getHeight(); y++) {
        for (int x = 0; x < current.getWidth(); x++) {
          int before = gray(expected, x, y);
          int after = gray(current, x, y);
          int faint = 255 - (255 - Math.min(before, after)) / 4;
          diff.setRGB(x, y, Math.abs(before - after) > PIXEL_TOLERANCE
              ? (before > after ? 0xD00000 : 0x0000D0) : faint * 0x010101);
        }
      }
      ImageIO.write(diff, "png", dir.resolve("diff-" + page + ".png").toFile());
    }
  }

  private static int gray(BufferedImage image, int x, int y) {
    return image.getRaster().getNumBands() == 1
        ? image.getRaster().getSample(x, y, 0)
        : (image.getRGB(x, y) >> 8) & 0xFF;
  }
}
