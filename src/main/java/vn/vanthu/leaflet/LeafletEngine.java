package vn.vanthu.leaflet;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.Box;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.vanthu.rendering.FontRegistry;
import vn.vanthu.rendering.PdfRenderer;

/**
 * openhtmltopdf set up as {@link PdfRenderer} is (PDF/A-3a, tagged for PDF/UA, the registry's
 * fonts, the same producer), with two differences that leaflets need. The layout is kept, so the
 * checks can measure each panel and picture on the very layout that is then written. And the
 * pictures a leaflet embeds as {@code data:image/png} or {@code data:image/jpeg} URIs may load;
 * every other resource is still refused, so nothing is ever fetched from a file or the network.
 */
final class LeafletEngine {

  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
  private static final double MM_PER_POINT = 25.4 / 72;

  static {
    // The JAXP providers and quiet logging that PdfRenderer sets up; running its static
    // initialiser keeps them in one place. A CLI run renders leaflets without ever creating one.
    try {
      Class.forName(PdfRenderer.class.getName(), true, PdfRenderer.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /**
   * A box's place on the layout, in millimetres; {@code top} counts from the first page's top.
   * {@code height} is the border box's (vertical margins collapse outside it), {@code contentWidth}
   * the content box's: a block's own width includes its horizontal margins.
   */
  record Measured(double top, double height, double contentWidth) {

    double bottom() {
      return top + height;
    }
  }

  private final FontRegistry fonts;

  LeafletEngine(FontRegistry fonts) {
    this.fonts = fonts;
  }

  /** Lays the XHTML out; the result must be closed, written or not. */
  Laid layout(String xhtml, String producer) {
    PDDocument pdf = new PDDocument();
    PdfRendererBuilder builder = PdfRenderer.archivalBuilder(pdf)
        .useColorProfile(SRGB)
        .withProducer(producer)
        .withHtmlContent(xhtml, null)
        .useExternalResourceAccessControl((uri, type) -> embedded(uri),
            ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
        .useExternalResourceAccessControl((uri, type) -> embedded(uri),
            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    FontRegistry.Lease parsed = fonts.registerWith(builder, pdf);
    PdfBoxRenderer renderer = builder.buildPdfRenderer();
    renderer.layout();
    return new Laid(pdf, renderer, parsed);
  }

  private static boolean embedded(String uri) {
    return uri.startsWith("data:image/png;base64,") || uri.startsWith("data:image/jpeg;base64,");
  }

  /** A laid-out leaflet: its boxes can be measured, then it can be written once. */
  final class Laid implements AutoCloseable {
    private final PDDocument pdf;
    private final PdfBoxRenderer renderer;
    private final FontRegistry.Lease parsed;

    private Laid(PDDocument pdf, PdfBoxRenderer renderer, FontRegistry.Lease parsed) {
      this.pdf = pdf;
      this.renderer = renderer;
      this.parsed = parsed;
    }

    /** The box of the element with this id, if the layout has one. */
    Optional<Measured> box(String id) {
      Box box = renderer.getSharedContext().getIdMap().get(id);
      if (box == null) {
        return Optional.empty();
      }
      return Optional.of(new Measured(mm(box.getAbsY()), mm(box.getHeight()),
          mm(box.getContentWidth())));
    }

    /** Writes the PDF, letting {@code finish} add to the document before it is saved. */
    byte[] write(Finisher finish) {
      try {
        renderer.createPDFWithoutClosing();
        finish.accept(pdf);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        pdf.save(out);
        return out.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException("PDF rendering failed", e);
      }
    }

    private double mm(float dots) {
      return dots / renderer.getDotsPerPoint() * MM_PER_POINT;
    }

    @Override
    public void close() {
      try {
        renderer.close();
        pdf.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        fonts.release(parsed);
      }
    }
  }

  /** What is added to a written document before it is saved: metadata, boxes, marks. */
  @FunctionalInterface
  interface Finisher {
    void accept(PDDocument pdf) throws IOException;
  }
}
