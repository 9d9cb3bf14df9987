package vn.vanthu.rendering;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Page images of a PDF, for previews and for the golden tests. */
public final class PageImages {

  /** The resolution of preview images. */
  public static final int PREVIEW_DPI = 150;

  private PageImages() {}

  /** Renders every page at the given resolution. */
  public static List<BufferedImage> render(byte[] pdf, int dpi) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(document);
      List<BufferedImage> pages = new ArrayList<>(document.getNumberOfPages());
      for (int i = 0; i < document.getNumberOfPages(); i++) {
        pages.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
      }
      return pages;
    }
  }

  /** Renders the first page only, for thumbnails. */
  public static BufferedImage firstPage(byte[] pdf, int dpi) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB);
    }
  }

  /** Writes {@code page-1.png}, {@code page-2.png} … into a directory; returns the files. */
  public static List<Path> write(byte[] pdf, Path dir, int dpi) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    List<BufferedImage> pages = render(pdf, dpi);
    for (int i = 0; i < pages.size(); i++) {
      Path file = dir.resolve("page-" + (i + 1) + ".png");
      ImageIO.write(pages.get(i), "png", file.toFile());
      files.add(file);
    }
    return files;
  }
}
