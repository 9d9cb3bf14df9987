package vn.vanthu.web.ui;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import vn.vanthu.rendering.PageImages;

/** The pages of a draft's PDF as PNG data URIs, small enough to send inside the page. */
final class DraftPreview {

  /** Screen resolution: an A4 page is 794 × 1123 pixels, sharp at the width the page shows. */
  static final int DPI = 96;

  private DraftPreview() {}

  static List<String> pages(byte[] pdf) {
    try {
      List<String> pages = new ArrayList<>();
      for (BufferedImage page : PageImages.render(pdf, DPI)) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(page, "png", png);
        pages.add("data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray()));
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rasterise a PDF just rendered", e);
    }
  }
}
