package vn.vanthu.rendering;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.xmpbox.DateConverter;

/** Adds what makes a rendered PDF an archival copy: Dublin Core metadata and its own source data. */
final class ArchivalPdf {

  static final String SOURCE_NAME = "source.json";
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private ArchivalPdf() {}

  static void finish(PDDocument pdf, ArchivalMetadata metadata) throws IOException {
    PDDocumentCatalog catalog = pdf.getDocumentCatalog();
    catalog.setLanguage(metadata.language());
    PDDocumentInformation info = pdf.getDocumentInformation();
    info.setCreator(PdfRenderer.PRODUCER);
    writeXmp(catalog, metadata);
    if (metadata.sourceJson() != null) {
      attachSource(pdf, metadata.sourceJson());
    }
  }

  /**
   * Extends openhtmltopdf's XMP packet (which mirrors the info dictionary) with Dublin Core. The
   * properties are added as one more rdf:Description of the same resource, as text: parsing the
   * packet into a DOM and serialising it again cost a tenth of the rendering time.
   */
  private static void writeXmp(PDDocumentCatalog catalog, ArchivalMetadata metadata)
      throws IOException {
    PDMetadata stream = catalog.getMetadata();
    String packet = new String(stream.toByteArray(), StandardCharsets.UTF_8)
        .replace(" lang=\"x-default\"", " xml:lang=\"x-default\"");
    int end = packet.lastIndexOf("</rdf:RDF>");
    if (end < 0) {
      throw new IOException("cannot write the XMP metadata: no rdf:RDF in openhtmltopdf's packet");
    }
    StringBuilder dc = new StringBuilder(512)
        .append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">")
        .append("<dc:publisher><rdf:Bag><rdf:li>").append(xml(metadata.publisher()))
        .append("</rdf:li></rdf:Bag></dc:publisher>")
        .append("<dc:language><rdf:Bag><rdf:li>").append(xml(metadata.language()))
        .append("</rdf:li></rdf:Bag></dc:language>");
    if (metadata.identifier() != null) {
      dc.append("<dc:identifier>").append(xml(metadata.identifier())).append("</dc:identifier>");
    }
    if (metadata.date() != null) {
      Calendar date = GregorianCalendar.from(metadata.date().atStartOfDay(VIETNAM));
      dc.append("<dc:date><rdf:Seq><rdf:li>").append(DateConverter.toISO8601(date))
          .append("</rdf:li></rdf:Seq></dc:date>");
    }
    dc.append("</rdf:Description>");
    String extended = packet.substring(0, end) + dc + packet.substring(end);
    stream.importXMPMetadata(extended.getBytes(StandardCharsets.UTF_8));
  }

  /** Text as XML character data. */
  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** Embeds the input data as a PDF/A-3 associated file with the relationship Source. */
  private static void attachSource(PDDocument pdf, byte[] json) throws IOException {
    // Compressed: JSON shrinks to a fifth, and PDF/A-3 allows any standard filter here.
    PDEmbeddedFile file =
        new PDEmbeddedFile(pdf, new ByteArrayInputStream(json), COSName.FLATE_DECODE);
    file.setSubtype("application/json");
    file.setSize(json.length);
    Calendar now = Calendar.getInstance();
    file.setCreationDate(now);
    file.setModDate(now);
    PDComplexFileSpecification spec = new PDComplexFileSpecification();
    spec.setFile(SOURCE_NAME);
    spec.setFileUnicode(SOURCE_NAME);
    spec.setEmbeddedFile(file);
    spec.setEmbeddedFileUnicode(file);
    spec.setFileDescription("Dữ liệu nguồn của văn bản (JSON)");
    spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Source");
    PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
    tree.setNames(Map.of(SOURCE_NAME, spec));
    PDDocumentCatalog catalog = pdf.getDocumentCatalog();
    PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
    names.setEmbeddedFiles(tree);
    catalog.setNames(names);
    COSArray associated = new COSArray();
    associated.add(spec);
    catalog.getCOSObject().setItem(COSName.getPDFName("AF"), associated);
  }
}
