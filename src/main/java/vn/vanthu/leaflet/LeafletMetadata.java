package vn.vanthu.leaflet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;
import vn.vanthu.rendering.PdfRenderer;

/**
 * What a leaflet's PDF says about itself beyond what openhtmltopdf writes: its main language,
 * both its languages and its publisher in the XMP Dublin Core, and the creator.
 */
final class LeafletMetadata {

  private LeafletMetadata() {}

  static void finish(PDDocument pdf, Leaflet leaflet) throws IOException {
    PDDocumentCatalog catalog = pdf.getDocumentCatalog();
    // Vietnamese is the document's language; the English passages carry their own (lang="en").
    catalog.setLanguage("vi");
    pdf.getDocumentInformation().setCreator(PdfRenderer.PRODUCER);
    PDMetadata stream = catalog.getMetadata();
    try {
      DomXmpParser parser = new DomXmpParser();
      parser.setStrictParsing(false);
      XMPMetadata xmp = parser.parse(stream.toByteArray());
      DublinCoreSchema dc = xmp.getDublinCoreSchema();
      if (dc == null) {
        dc = xmp.createAndAddDublinCoreSchema();
      }
      dc.addPublisher(leaflet.publisher().vi());
      dc.addLanguage("vi");
      dc.addLanguage("en");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new XmpSerializer().serialize(xmp, out, true);
      // xmpbox writes lang="x-default" where XMP requires xml:lang (as ArchivalPdf does).
      String packet = out.toString(StandardCharsets.UTF_8)
          .replace(" lang=\"x-default\"", " xml:lang=\"x-default\"");
      stream.importXMPMetadata(packet.getBytes(StandardCharsets.UTF_8));
    } catch (XmpParsingException | TransformerException e) {
      throw new IOException("cannot write the XMP metadata", e);
    }
  }
}
