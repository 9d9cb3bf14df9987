package vn.vanthu.rendering;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.jspecify.annotations.Nullable;

/**
 * Spares openhtmltopdf the XMP packet it writes for every PDF/A or PDF/UA document, which
 * {@link ArchivalPdf} replaces whole with {@link XmpPacket}'s.
 *
 * <p>Why: building that packet was a tenth of a warm render: xmpbox's {@code XMPMetadata} sets up
 * its type mapping by reflection, and openhtmltopdf creates seven of them per packet. The switch is
 * two private fields of {@link PdfBoxRenderer}, read only where the packet is written; the tagging
 * for PDF/UA and the PDF/A font rules are set up when the renderer is built, from the builder, and
 * are untouched. The catalog entries the library writes beside the packet (marked content,
 * document title shown) are written by {@link #catalogEntries} instead. Should a new version of the
 * library rename the fields, nothing breaks: its packet is written and replaced, as before.
 */
final class LibraryXmp {

  private static final Logger LOG = Logger.getLogger(LibraryXmp.class.getName());
  private static final @Nullable VarHandle PDF_A = field("_pdfAConformance", PdfAConformance.class);
  private static final @Nullable VarHandle PDF_UA = field("_pdfUaConformance", boolean.class);

  private LibraryXmp() {}

  /** Turns the packet off for a renderer that has been built and not yet written. */
  static void skip(PdfBoxRenderer renderer) {
    if (PDF_A != null && PDF_UA != null) {
      PDF_A.set(renderer, PdfAConformance.NONE);
      PDF_UA.set(renderer, false);
    }
  }

  /** What openhtmltopdf writes into the catalog beside its packet, and PDF/A-a and PDF/UA need. */
  static void catalogEntries(PDDocumentCatalog catalog) {
    if (catalog.getMarkInfo() == null || !catalog.getMarkInfo().isMarked()) {
      PDMarkInfo markInfo = new PDMarkInfo();
      markInfo.setMarked(true);
      catalog.setMarkInfo(markInfo);
    }
    if (catalog.getViewerPreferences() == null) {
      catalog.setViewerPreferences(new PDViewerPreferences(new COSDictionary()));
    }
    catalog.getViewerPreferences().setDisplayDocTitle(true);
  }

  private static @Nullable VarHandle field(String name, Class<?> type) {
    try {
      return MethodHandles.privateLookupIn(PdfBoxRenderer.class, MethodHandles.lookup())
          .findVarHandle(PdfBoxRenderer.class, name, type);
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.log(Level.FINE, "openhtmltopdf has no field " + name + "; its XMP packet stays", e);
      return null;
    }
  }
}
