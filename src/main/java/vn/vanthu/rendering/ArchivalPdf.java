package vn.vanthu.rendering;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Calendar;
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

/** Adds what makes a rendered PDF an archival copy: Dublin Core metadata and its own source data. */
final class ArchivalPdf {

  static final String SOURCE_NAME = "source.json";

  private ArchivalPdf() {}

  static void finish(PDDocument pdf, ArchivalMetadata metadata) throws IOException {
    PDDocumentCatalog catalog = pdf.getDocumentCatalog();
    catalog.setLanguage(metadata.language());
    LibraryXmp.catalogEntries(catalog);
    PDDocumentInformation info = pdf.getDocumentInformation();
    info.setCreator(PdfRenderer.PRODUCER);
    // Replaces openhtmltopdf's packet, which mirrors the same information dictionary.
    PDMetadata xmp = catalog.getMetadata() != null ? catalog.getMetadata() : new PDMetadata(pdf);
    xmp.importXMPMetadata(XmpPacket.of(info, metadata));
    catalog.setMetadata(xmp);
    if (metadata.sourceJson() != null) {
      attachSource(pdf, metadata.sourceJson());
    }
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
