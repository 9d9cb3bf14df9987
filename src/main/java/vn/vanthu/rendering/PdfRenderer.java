package vn.vanthu.rendering;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.ConsoleHandler;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRSimpleLogFormatter;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Renders self-contained XHTML into a PDF/A-3a that is also tagged for PDF/UA-1, with the fonts
 * of the {@link FontRegistry} subset and embedded, then adds the archival metadata and the source
 * data. Refuses every external resource: documents and templates never make it fetch anything.
 * Thread-safe; one instance serves the whole process.
 */
public final class PdfRenderer {

  /** The producer written into every PDF; fixed so that output does not vary by library version. */
  public static final String PRODUCER = "Vanthu";

  static {
    // PDFBox's XMP code asks JAXP for a new factory on every document; without these properties
    // each request scans every jar on the class path for a provider, which was 45 % of the
    // rendering time. These are the JDK's own implementations, the ones the scan finds anyway.
    System.getProperties().putIfAbsent("javax.xml.transform.TransformerFactory",
        "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
    System.getProperties().putIfAbsent("javax.xml.parsers.DocumentBuilderFactory",
        "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl");
    // openhtmltopdf logs every font load and timing at INFO; only its warnings are worth reading,
    // and they go to the application's own logging (the JDK root logger, bridged by Spring Boot).
    XRLog.setLoggerImpl(new JDKXRLogger(true, Level.WARNING, new ConsoleHandler(),
        new XRSimpleLogFormatter()));
  }

  /**
   * One XML parser per rendering thread: openhtmltopdf would otherwise parse the XHTML through a
   * new SAX-to-DOM transformer for every document. Nothing external is ever loaded: the XHTML is
   * the renderer's own, with no DTD to fetch and only XML's predefined entities.
   */
  private static final ThreadLocal<DocumentBuilder> PARSERS =
      ThreadLocal.withInitial(PdfRenderer::newParser);

  private final FontRegistry fonts;
  private final List<String> refusedResources = new CopyOnWriteArrayList<>();

  public PdfRenderer(FontRegistry fonts) {
    this.fonts = fonts;
  }

  /** See {@link DocumentRenderer#prepareForMany}. */
  public void prepareRepertoire() {
    fonts.prepareRepertoire();
  }

  /** Renders the XHTML and returns the PDF's bytes. */
  public byte[] render(String xhtml, ArchivalMetadata metadata) {
    PDDocument pdf = new PDDocument();
    PdfRendererBuilder builder = archivalBuilder(pdf)
        // Pages come out uncompressed; PageContent compresses them once it has compacted them.
        .testMode(true)
        .withProducer(PRODUCER)
        .withW3cDocument(parse(xhtml), null)
        .useExternalResourceAccessControl((uri, type) -> refuse(uri),
            ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
        .useExternalResourceAccessControl((uri, type) -> refuse(uri),
            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    FontRegistry.Lease parsedFonts = fonts.registerWith(builder, pdf, xhtml);
    try (pdf; PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      LibraryXmp.skip(renderer);
      renderer.layout();
      WordSpacingJustification.apply(renderer.getRootBox());
      renderer.createPDFWithoutClosing();
      PageContent.compact(pdf);
      OutputIntent.addTo(pdf);
      ArchivalPdf.finish(pdf, metadata);
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("PDF rendering failed", e);
    } finally {
      fonts.release(parsedFonts);
    }
  }

  /** What every archival PDF is built with: tagged PDF/A-3a and PDF/UA, in {@code pdf}. */
  public static PdfRendererBuilder archivalBuilder(PDDocument pdf) {
    return new PdfRendererBuilder()
        .usePDDocument(pdf)
        .useFastMode()
        .usePdfAConformance(PdfAConformance.PDFA_3_A)
        .usePdfUaAccessibility(true)
        .usePageSupplier((document, width, height, page, shadowPage) ->
            PropertyLists.newPage(document, width, height));
  }

  private static org.w3c.dom.Document parse(String xhtml) {
    DocumentBuilder parser = PARSERS.get();
    try {
      return parser.parse(new InputSource(new StringReader(xhtml)));
    } catch (SAXException | IOException e) {
      throw new IllegalStateException("the renderer's XHTML is not well-formed", e);
    } finally {
      parser.reset();
    }
  }

  private static DocumentBuilder newParser() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setIgnoringComments(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-dtd-grammar", false);
      // The engine visits every node: a deferred DOM would build each one twice.
      factory.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder parser = factory.newDocumentBuilder();
      parser.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
      return parser;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
    }
  }

  /** Every external resource a document or template tried to load, and was refused. */
  public List<String> refusedResources() {
    return List.copyOf(refusedResources);
  }

  private boolean refuse(String uri) {
    if (refusedResources.size() < 1000) {
      refusedResources.add(uri);
    }
    return false;
  }
}
