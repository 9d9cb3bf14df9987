package vn.vanthu.leaflet;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;
import vn.vanthu.rendering.PdfRenderer;

/**
 * The printer's PDF of an A5 booklet: its pages two by two on A4 landscape sheets in
 * saddle-stitch order, so that the printed sheets, stacked, folded once and stapled through the
 * fold, read 1, 2, 3 … Print both sides, flipping on the short edge.
 *
 * <p>For n pages (a multiple of 4), sheet k (from 0) carries n−2k | 2k+1 on its front and
 * 2k+2 | n−2k−1 on its back: 8 pages give 8|1, 2|7, 6|3, 4|5. The outermost sheet holds the
 * covers. With bleed, each page keeps its bleed on the three outer edges and is cut at the spine.
 */
final class BookletImposition {

  private static final double SHEET_WIDTH = 297;
  private static final double SHEET_HEIGHT = 210;
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  private BookletImposition() {}

  /** The reading order of the pages on each printed side, left then right; pages from 1. */
  static List<int[]> order(int pages) {
    if (pages % 4 != 0) {
      throw new IllegalArgumentException("a saddle-stitched booklet has a multiple of 4 pages");
    }
    List<int[]> sides = new ArrayList<>();
    for (int k = 0; k < pages / 4; k++) {
      sides.add(new int[] {pages - 2 * k, 2 * k + 1});
      sides.add(new int[] {2 * k + 2, pages - 2 * k - 1});
    }
    return sides;
  }

  /** Imposes the booklet's reader PDF, rendered with the same print options. */
  static byte[] impose(byte[] readerPdf, String title, PrintOptions print) throws IOException {
    Layout layout = Layout.A5_BOOKLET;
    double page = layout.width();
    double spread = 2 * page;
    double edge = print.trimOffsetMm();
    double bleed = print.bleedMm();
    // Without bleed the spread is centred on an A4 sheet; with it, the sheet is the spread plus
    // bleed and marks, and the print shop trims to the TrimBox.
    double sheetWidth = print.bleed() ? spread + 2 * edge : SHEET_WIDTH;
    double sheetHeight = print.bleed() ? layout.height() + 2 * edge : SHEET_HEIGHT;
    double trimX = print.bleed() ? edge : (SHEET_WIDTH - spread) / 2;
    double trimY = print.bleed() ? edge : 0;
    try (PDDocument source = Loader.loadPDF(readerPdf); PDDocument sheets = new PDDocument()) {
      LayerUtility layers = new LayerUtility(sheets);
      for (int[] pair : order(source.getNumberOfPages())) {
        PDPage sheet = new PDPage(new PDRectangle(PrintMarks.pt(sheetWidth),
            PrintMarks.pt(sheetHeight)));
        sheets.addPage(sheet);
        try (PDPageContentStream content = new PDPageContentStream(sheets, sheet)) {
          place(content, layers.importPageAsForm(source, pair[0] - 1), trimX, trimY, edge,
              trimX - bleed, trimX + page, trimY - bleed, trimY + layout.height() + bleed);
          place(content, layers.importPageAsForm(source, pair[1] - 1), trimX + page, trimY, edge,
              trimX + page, trimX + spread + bleed, trimY - bleed, trimY + layout.height() + bleed);
        }
        PrintMarks.apply(sheets, sheet, trimX, trimY, spread, layout.height(), List.of(page),
            print);
      }
      identify(sheets, title);
      ByteArrayOutputStream out = new ByteArrayOutputStream(readerPdf.length + 64 * 1024);
      sheets.save(out);
      return out.toByteArray();
    }
  }

  /** Draws a page so that its trim's lower left corner lands at (x, y), clipped to the box. */
  private static void place(PDPageContentStream content, PDFormXObject form, double x, double y,
      double sourceEdge, double clipLeft, double clipRight, double clipBottom, double clipTop)
      throws IOException {
    content.saveGraphicsState();
    content.addRect(PrintMarks.pt(clipLeft), PrintMarks.pt(clipBottom),
        PrintMarks.pt(clipRight - clipLeft), PrintMarks.pt(clipTop - clipBottom));
    content.clip();
    content.transform(Matrix.getTranslateInstance(PrintMarks.pt(x - sourceEdge),
        PrintMarks.pt(y - sourceEdge)));
    content.drawForm(form);
    content.restoreGraphicsState();
  }

  /**
   * PDF/A-3b: the sheets keep the fonts and colours of the pages, embedded, with the same sRGB
   * output intent. Not "a": imposed sheets have no reading order to tag; the reader PDF has.
   */
  private static void identify(PDDocument sheets, String title) throws IOException {
    PDDocumentCatalog catalog = sheets.getDocumentCatalog();
    PDOutputIntent intent = new PDOutputIntent(sheets, new ByteArrayInputStream(SRGB));
    intent.setInfo("sRGB IEC61966-2.1");
    intent.setOutputCondition("sRGB IEC61966-2.1");
    intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
    intent.setRegistryName("http://www.color.org");
    catalog.addOutputIntent(intent);
    String sheetsTitle = title + " (imposed for saddle stitching)";
    sheets.getDocumentInformation().setTitle(sheetsTitle);
    sheets.getDocumentInformation().setProducer(PdfRenderer.PRODUCER);
    XMPMetadata xmp = XMPMetadata.createXMPMetadata();
    try {
      PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
      id.setPart(3);
      id.setConformance("B");
      DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
      dc.setTitle(sheetsTitle);
      AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
      pdf.setProducer(PdfRenderer.PRODUCER);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new XmpSerializer().serialize(xmp, out, true);
      PDMetadata metadata = new PDMetadata(sheets);
      metadata.importXMPMetadata(out.toString(StandardCharsets.UTF_8)
          .replace(" lang=\"x-default\"", " xml:lang=\"x-default\"")
          .getBytes(StandardCharsets.UTF_8));
      catalog.setMetadata(metadata);
    } catch (BadFieldValueException | TransformerException e) {
      throw new IOException("cannot write the XMP metadata", e);
    }
  }
}
