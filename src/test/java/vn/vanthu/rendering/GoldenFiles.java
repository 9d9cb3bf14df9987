package vn.vanthu.rendering;

import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;

/**
 * Golden files of a rendered PDF: its XHTML, the text of each page and a 72 dpi grayscale image of
 * each page. Text is compared exactly, images with a tolerance; PDF bytes never. On a mismatch or a
 * missing golden file the actual files, the PDF and diff images (red: darker in the golden file,
 * blue: darker now) go to the actual directory and the test fails; with
 * {@code -Dgolden.update=true} the current output becomes the golden files.
 */
public final class GoldenFiles {

  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final int DPI = 72;
  /** A pixel differs when its gray levels differ by more than this. */
  private static final int PIXEL_TOLERANCE = 64;
  /** A page differs when more than this share of its pixels differ. */
  private static final double PAGE_TOLERANCE = 0.005;

  private GoldenFiles() {}

  /**
   * What a rendered PDF is compared by: its XHTML (none for an imposed sheet, which has no XHTML of
   * its own), written as {@code xhtmlName}, and each page's text and image.
   */
  public record Output(String xhtmlName, @Nullable String xhtml, List<String> texts,
      List<BufferedImage> images) {

    public static Output of(byte[] pdf, String xhtmlName, @Nullable String xhtml)
        throws IOException {
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
      return new Output(xhtmlName, xhtml, texts, images);
    }

    /** Writes the files into a directory, replacing what was there. */
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
        Files.writeString(dir.resolve(xhtmlName), xhtml, StandardCharsets.UTF_8);
      }
      for (int page = 1; page <= texts.size(); page++) {
        Files.writeString(dir.resolve("page-" + page + ".txt"), texts.get(page - 1),
            StandardCharsets.UTF_8);
        ImageIO.write(images.get(page - 1), "png", dir.resolve("page-" + page + ".png").toFile());
      }
    }
  }

  /**
   * Compares the PDF's output with the golden files in {@code golden} (or, when updating, makes it
   * the golden files); on a difference writes the actual files and the PDF, as {@code pdfName},
   * to {@code actualDir} and fails, naming {@code what} was rendered.
   */
  public static void check(String what, Path golden, Path actualDir, Output actual, byte[] pdf,
      String pdfName) throws IOException {
    if (UPDATE) {
      actual.writeTo(golden);
      return;
    }
    List<String> problems = compare(golden, actual);
    if (!problems.isEmpty()) {
      actual.writeTo(actualDir);
      Files.write(actualDir.resolve(pdfName), pdf);
      writeDiffs(golden, actual, actualDir);
      fail("%s differs from its golden files in %s:%n  %s%nThe actual files and diff images are in"
          + " %s; if the change is intended, rerun with -Dgolden.update=true.", what, golden,
          String.join("\n  ", problems), actualDir.toAbsolutePath());
    }
  }

  private static List<String> compare(Path golden, Output actual) throws IOException {
    if (!Files.isDirectory(golden)) {
      return List.of("no golden files: " + golden + " does not exist");
    }
    List<String> problems = new ArrayList<>();
    Path xhtml = golden.resolve(actual.xhtmlName());
    if (actual.xhtml() != null && !Files.exists(xhtml)) {
      problems.add("missing golden file " + xhtml);
    } else if (actual.xhtml() != null
        && !Files.readString(xhtml, StandardCharsets.UTF_8).equals(actual.xhtml())) {
      problems.add(actual.xhtmlName() + " differs");
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
      if (!Files.exists(text)) {
        problems.add("missing golden file " + text);
      } else {
        String difference = textDifference(Files.readString(text, StandardCharsets.UTF_8),
            actual.texts().get(page - 1));
        if (difference != null) {
          problems.add("page-" + page + ".txt " + difference);
        }
      }
      if (!Files.exists(image)) {
        problems.add("missing golden file " + image);
      } else {
        String difference = imageDifference(ImageIO.read(image.toFile()),
            actual.images().get(page - 1));
        if (difference != null) {
          problems.add("page-" + page + ".png " + difference);
        }
      }
    }
    return problems;
  }

  /** The first line where two page texts differ, or null when they are equal. */
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
    return String.format(Locale.ROOT, "differs from line %d: expected \"%s\", got \"%s\"",
        line + 1, line < before.size() ? before.get(line) : "(end)",
        line < after.size() ? after.get(line) : "(end)");
  }

  /** Why two page images differ beyond the tolerance, or null when they match. */
  private static @Nullable String imageDifference(BufferedImage expected, BufferedImage actual) {
    if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
      return String.format(Locale.ROOT, "size: expected %d×%d, got %d×%d", expected.getWidth(),
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
        ? String.format(Locale.ROOT, "differs in %d pixels (%.2f %%, tolerance %.2f %%)",
            differing, 100 * share, 100 * PAGE_TOLERANCE)
        : null;
  }

  /** Writes diff-N.png for every page that has a golden image of the same size. */
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
