package vn.vanthu.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import vn.vanthu.document.DocumentReader;
import vn.vanthu.document.OfficialDocument;

/**
 * Every sample renders into an archival PDF: PDF/A-3a and PDF/UA-1 by veraPDF, structurally sound
 * by qpdf, carrying its own input as the associated file {@code source.json}, described by Dublin
 * Core XMP, and with every font embedded as a subset.
 */
class SampleConformanceTests {

  private static final DocumentRenderer RENDERER =
      new DocumentRenderer(RenderingSettings.defaults());
  private static final Map<String, byte[]> PDFS = new ConcurrentHashMap<>();
  private static final Path OUTPUT = Path.of("target", "rendered");
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  static Stream<String> samples() {
    return Samples.names();
  }

  /** veraPDF finds no PDF/A-3a failure. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void conformsToPdfA3a(String sample) throws Exception {
    List<String> failures = PdfConformance.failures(pdf(sample), PDFAFlavour.PDFA_3_A);
    assertThat(failures).as("PDF/A-3a failures of %s:\n%s", sample, String.join("\n", failures))
        .isEmpty();
  }

  /** veraPDF finds no PDF/UA-1 failure. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void conformsToPdfUa1(String sample) throws Exception {
    List<String> failures = PdfConformance.failures(pdf(sample), PDFAFlavour.PDFUA_1);
    assertThat(failures).as("PDF/UA-1 failures of %s:\n%s", sample, String.join("\n", failures))
        .isEmpty();
  }

  /** {@code qpdf --check} accepts the written PDF without a warning (skipped where qpdf is absent). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void passesQpdfCheck(String sample) throws Exception {
    Path file = OUTPUT.resolve(sample + ".pdf");
    Files.createDirectories(OUTPUT);
    Files.write(file, pdf(sample));
    Assumptions.assumeTrue(onPath("qpdf"), "qpdf is not on the PATH; CI installs it");
    Process qpdf = new ProcessBuilder("qpdf", "--check", file.toString())
        .redirectErrorStream(true).start();
    String output = new String(qpdf.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = qpdf.waitFor();
    assertThat(exit).as("qpdf --check %s exit code; it said:\n%s", file, output).isZero();
    assertThat(output).as("qpdf --check %s", file).doesNotContain("WARNING");
  }

  /** The input JSON is embedded byte for byte as source.json, an associated file of the catalog. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void embedsItsSourceAsAnAssociatedFile(String sample) throws Exception {
    try (PDDocument pdf = Loader.loadPDF(pdf(sample))) {
      PDDocumentCatalog catalog = pdf.getDocumentCatalog();
      assertThat(catalog.getNames()).as("catalog /Names").isNotNull();
      assertThat(catalog.getNames().getEmbeddedFiles()).as("/EmbeddedFiles").isNotNull();
      Map<String, PDComplexFileSpecification> files =
          catalog.getNames().getEmbeddedFiles().getNames();
      assertThat(files).as("embedded files").containsOnlyKeys(ArchivalPdf.SOURCE_NAME);
      byte[] embedded = files.get(ArchivalPdf.SOURCE_NAME).getEmbeddedFile().toByteArray();
      assertThat(embedded).as("embedded source.json").isEqualTo(Samples.json(sample));

      COSArray associated = catalog.getCOSObject().getCOSArray(COSName.getPDFName("AF"));
      assertThat(associated).as("catalog /AF").isNotNull();
      assertThat(associated.size()).isEqualTo(1);
      COSDictionary spec = (COSDictionary) resolve(associated.get(0));
      assertThat(spec.getNameAsString(COSName.getPDFName("AFRelationship"))).isEqualTo("Source");
      assertThat(spec.getString(COSName.UF)).isEqualTo(ArchivalPdf.SOURCE_NAME);
    }
  }

  /** The XMP packet has dc:title, dc:language vi, dc:publisher, and for issued documents id and date. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void describesItselfInDublinCore(String sample) throws Exception {
    OfficialDocument document = new DocumentReader().read(Samples.json(sample));
    DublinCoreSchema dc;
    try (PDDocument pdf = Loader.loadPDF(pdf(sample))) {
      assertThat(pdf.getDocumentCatalog().getMetadata()).as("catalog /Metadata").isNotNull();
      XMPMetadata xmp = new DomXmpParser()
          .parse(pdf.getDocumentCatalog().getMetadata().toByteArray());
      dc = xmp.getDublinCoreSchema();
    }
    assertThat(dc).as("Dublin Core schema").isNotNull();
    assertThat(dc.getTitle()).as("dc:title").isNotBlank().contains(document.subject());
    assertThat(dc.getLanguages()).as("dc:language").containsExactly("vi");
    assertThat(dc.getPublishers()).as("dc:publisher").containsExactly(document.issuer().name());
    if (document.isDraft()) {
      assertThat(dc.getIdentifier()).as("dc:identifier of a draft").isNull();
      assertThat(dc.getDates()).as("dc:date of a draft").isNullOrEmpty();
      return;
    }
    String number = document.number() < 10 ? "0" + document.number() : "" + document.number();
    assertThat(dc.getIdentifier()).as("dc:identifier").isEqualTo(number + "/" + document.symbol());
    if (sample.equals("quyet-dinh-813-bhxh")) {
      assertThat(dc.getIdentifier()).isEqualTo("813/QĐ-BHXH");
    }
    assertThat(dc.getDates()).as("dc:date").hasSize(1);
    Calendar date = dc.getDates().getFirst();
    assertThat(LocalDate.ofInstant(date.toInstant(), VIETNAM)).isEqualTo(document.date());
  }

  /** Every font used by every page (forms included) is embedded and subset ("ABCDEF+Name"). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void embedsEveryFontAsASubset(String sample) throws Exception {
    List<String> fonts = new ArrayList<>();
    try (PDDocument pdf = Loader.loadPDF(pdf(sample))) {
      for (PDPage page : pdf.getPages()) {
        collectFonts(page.getResources(), fonts, 0);
      }
    }
    assertThat(fonts).as("fonts of %s", sample).isNotEmpty();
    assertThat(fonts).as("fonts that are not embedded subsets")
        .allMatch(f -> f.startsWith("embedded ") && f.matches("embedded [A-Z]{6}\\+.+"));
  }

  private static void collectFonts(PDResources resources, List<String> fonts, int depth)
      throws IOException {
    if (resources == null || depth > 10) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      fonts.add((font.isEmbedded() ? "embedded " : "NOT embedded ") + font.getName());
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject xobject = resources.getXObject(name);
      if (xobject instanceof PDFormXObject form) {
        collectFonts(form.getResources(), fonts, depth + 1);
      }
    }
  }

  private static byte[] pdf(String sample) {
    return PDFS.computeIfAbsent(sample, name -> {
      byte[] json = Samples.json(name);
      return RENDERER.render(new DocumentReader().read(json), json).pdf();
    });
  }

  private static COSBase resolve(COSBase base) {
    return base instanceof COSObject object ? object.getObject() : base;
  }

  private static boolean onPath(String command) {
    String path = System.getenv("PATH");
    return path != null && Stream.of(path.split(File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
  }
}
