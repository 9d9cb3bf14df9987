package vn.vanthu.rendering;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import javax.xml.transform.TransformerException;
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
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

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

  /** Extends openhtmltopdf's XMP packet (which mirrors the info dictionary) with Dublin Core. */
  private static void writeXmp(PDDocumentCatalog catalog, ArchivalMetadata metadata)
      throws IOException {
    PDMetadata stream = catalog.getMetadata();
    try {
      DomXmpParser parser = new DomXmpParser();
      parser.setStrictParsing(false);
      XMPMetadata xmp = parser.parse(stream.toByteArray());
      DublinCoreSchema dc = xmp.getDublinCoreSchema();
      if (dc == null) {
        dc = xmp.createAndAddDublinCoreSchema();
      }
      dc.addPublisher(metadata.publisher());
      dc.addLanguage(metadata.language());
      if (metadata.identifier() != null) {
        dc.setTextPropertyValue("identifier", metadata.identifier());
      }
      if (metadata.date() != null) {
        dc.addDate(GregorianCalendar.from(metadata.date().atStartOfDay(VIETNAM)));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new XmpSerializer().serialize(xmp, out, true);
      String packet = out.toString(StandardCharsets.UTF_8)
          .replace(" lang=\"x-default\"", " xml:lang=\"x-default\"");
      stream.importXMPMetadata(packet.getBytes(StandardCharsets.UTF_8));
    } catch (XmpParsingException | TransformerException e) {
      throw new IOException("cannot write the XMP metadata", e);
    }
  }

  /** Embeds the input data as a PDF/A-3 associated file with the relationship Source. */
  private static void attachSource(PDDocument pdf, byte[] json) throws IOException {
    PDEmbeddedFile file = new PDEmbeddedFile(pdf, new ByteArrayInputStream(json));
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
