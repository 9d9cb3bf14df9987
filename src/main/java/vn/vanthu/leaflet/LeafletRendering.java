package vn.vanthu.leaflet;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import vn.vanthu.document.InvalidDocumentException;
import vn.vanthu.rendering.PageImages;

/**
 * The one entry point for the CLI, the API and the web pages: leaflet JSON (and its pictures) in,
 * checked print-ready PDF or preview images out. Every failure of input or check is an
 * {@link InvalidDocumentException} naming each problem. Thread-safe.
 */
public final class LeafletRendering {

  /** The resolution of preview images: enough to read 7.8 pt captions on a screen. */
  public static final int PREVIEW_DPI = 100;

  /**
   * A checked leaflet and its PDFs.
   *
   * @param pdf the reader's PDF, one page per printed side, in reading order
   * @param imposed a booklet's sheets in saddle-stitch order, or null for a folded leaflet or when
   *     not asked for
   */
  public record LeafletPdf(Leaflet leaflet, byte[] pdf, byte @Nullable [] imposed, String xhtml) {}

  private final LeafletReader reader = new LeafletReader();
  private final LeafletRenderer renderer;

  public LeafletRendering(LeafletRenderer renderer) {
    this.renderer = renderer;
  }

  /** Reads and checks the JSON, then renders the PDF; with {@code impose}, a booklet's sheets too. */
  public LeafletPdf render(byte[] json, ImageSource images, PrintOptions print, boolean impose) {
    Leaflet leaflet = reader.read(json, images);
    LeafletRenderer.Rendered rendered = renderer.render(leaflet, print);
    byte[] imposed = impose && leaflet.layout() == Layout.A5_BOOKLET
        ? renderer.impose(leaflet, rendered.pdf(), print) : null;
    return new LeafletPdf(leaflet, rendered.pdf(), imposed, rendered.xhtml());
  }

  /** The trimmed pages as PNG images at {@link #PREVIEW_DPI}, after the same checks as a PDF. */
  public List<byte[]> preview(byte[] json, ImageSource images) {
    LeafletPdf rendered = render(json, images, PrintOptions.TRIMMED, false);
    try {
      List<byte[]> pages = new ArrayList<>();
      for (BufferedImage page : PageImages.render(rendered.pdf(), PREVIEW_DPI)) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(page, "png", png);
        pages.add(png.toByteArray());
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot draw the preview", e);
    }
  }

  /** Reads and checks the JSON without laying it out: what an editor shows as the user types. */
  public Leaflet read(byte[] json, ImageSource images) {
    return reader.read(json, images);
  }
}
