package vn.vanthu.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import vn.vanthu.document.Classification;
import vn.vanthu.document.InvalidDocumentException;
import vn.vanthu.numbering.NumberingScheme;
import vn.vanthu.numbering.Register;

/** Draft → issued → linked: numbers, dates, PDFs, attachments, relations, secrecy and audit. */
class DocumentLifecycleTests {

  @TempDir static Path dataDir;
  static ConfigurableApplicationContext context;
  static DocumentIssuing issuing;
  static Archive archive;

  @BeforeAll
  static void start() {
    context = ArchiveTestContext.embedded(dataDir, "--vanthu.numbering.schemes.BHXH=PER_TYPE");
    issuing = context.getBean(DocumentIssuing.class);
    archive = context.getBean(Archive.class);
  }

  @AfterAll
  static void stop() {
    context.close();
  }

  /** An issued document carries its register number and date in its PDF and its source. */
  @Test
  void issuedDocumentPrintsItsNumberAndDate() throws Exception {
    ArchivedDocument issued = issuing.issue(Drafts.congVan("in số"), "clerk");
    assertThat(issued.numberText()).matches("\\d{2,}/BHXH-HTQT");
    assertThat(issued.issueDate()).isNotNull();
    byte[] pdf = archive.pdf(issued.id(), "reader", null);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document)).contains("Số: " + issued.numberText());
    }
    String source = new String(archive.source(issued.id(), "reader", null), StandardCharsets.UTF_8);
    assertThat(source).contains("\"number\" : " + issued.number())
        .contains("\"date\" : \"" + issued.issueDate() + "\"");
  }

  /** A scheme per type numbers công văn and quyết định in separate series. */
  @Test
  void perTypeSchemeKeepsSeparateSeries() throws Exception {
    assertThat(context.getBean(vn.vanthu.numbering.NumberingSettings.class).schemeOf("BHXH"))
        .isEqualTo(NumberingScheme.PER_TYPE);
    issuing.issue(Drafts.congVan("loại"), "clerk");
    issuing.issue(Files.readAllBytes(Path.of("samples/quyet-dinh-draft.json")), "clerk");
    assertThat(context.getBean(Register.class).entries("BHXH", null))
        .extracting(e -> e.series().series())
        .contains("cong-van", "quyet-dinh");
  }

  /** A decision's attached plan is its own record, linked to the decision both ways. */
  @Test
  void attachedPlanIsLinkedToItsDecision() throws Exception {
    ArchivedDocument decision = issuing.archiveNumbered(
        Files.readAllBytes(Path.of("samples/quyet-dinh-813-bhxh.json")), "clerk");
    Archive.Details details = archive.details(decision.id(), "reader", null);
    assertThat(details.links()).singleElement().satisfies(link -> {
      assertThat(link.toId()).isEqualTo(decision.id());
      assertThat(link.relation()).isEqualTo("ATTACHED_TO");
      ArchivedDocument plan = archive.details(link.fromId(), "reader", null).document();
      assertThat(plan.title()).isEqualTo(
          "Thông tin đối ngoại của Bảo hiểm xã hội Việt Nam giai đoạn 2013 - 2020");
      assertThat(plan.parentId()).isEqualTo(decision.id());
      assertThat(plan.pdfSha256()).isEqualTo(decision.pdfSha256());
    });
  }

  /** A later document that amends an issued one is linked to it, seen from both sides. */
  @Test
  void amendingDocumentIsLinkedInBothDirections() {
    ArchivedDocument first = issuing.issue(Drafts.congVan("gốc"), "clerk");
    String amending = new String(Drafts.congVan("sửa"), StandardCharsets.UTF_8).replace(
        "\"filing\"", "\"relations\": [{\"kind\": \"amends\", \"target\": \""
            + first.numberText() + "\"}],\n  \"filing\"");
    ArchivedDocument second = issuing.issue(amending.getBytes(StandardCharsets.UTF_8), "clerk");
    DocumentLink expected = new DocumentLink(second.id(), first.id(), "AMENDS");
    assertThat(archive.details(first.id(), "reader", null).links()).containsExactly(expected);
    assertThat(archive.details(second.id(), "reader", null).links()).containsExactly(expected);
  }

  /** A relation to a document the archive does not hold is refused, and no number is used. */
  @Test
  void relationToUnknownDocumentIsRefusedWithoutUsingANumber() {
    int before = lastNumber("mat-cong-van");
    String bad = new String(Drafts.congVan("mồ côi", "mat"), StandardCharsets.UTF_8).replace(
        "\"filing\"", "\"relations\": [{\"kind\": \"revokes\", \"target\": \"999/QĐ-XYZ\"}],"
            + "\n  \"filing\"");
    assertThatThrownBy(() -> issuing.issue(bad.getBytes(StandardCharsets.UTF_8), "clerk"))
        .isInstanceOf(InvalidDocumentException.class)
        .hasMessage("relations[0].target: no issued document 999/QĐ-XYZ in the archive");
    assertThat(lastNumber("mat-cong-van")).isEqualTo(before);
  }

  /** A secret document does not exist for a reader without the clearance. */
  @Test
  void secretDocumentIsInvisibleWithoutClearance() {
    ArchivedDocument secret = issuing.issue(Drafts.congVan("bí mật", "mat"), "clerk");
    assertThat(secret.series()).isEqualTo("mat-cong-van");
    assertThatThrownBy(() -> archive.details(secret.id(), "reader", null))
        .isInstanceOf(DocumentNotFound.class);
    assertThatThrownBy(() -> archive.pdf(secret.id(), "reader", null))
        .isInstanceOf(DocumentNotFound.class);
    assertThat(archive.details(secret.id(), "officer", Classification.MAT).document().id())
        .isEqualTo(secret.id());
  }

  /** Issuing, viewing and downloading are written to the audit log, in order. */
  @Test
  void issuingViewingAndDownloadingAreAudited() {
    ArchivedDocument issued = issuing.issue(Drafts.congVan("nhật ký"), "clerk:lan");
    archive.pdf(issued.id(), "staff:minh", null);
    assertThat(archive.details(issued.id(), "staff:minh", null).history())
        .extracting(e -> e.actor() + " " + e.action())
        .containsExactly("clerk:lan ISSUED", "staff:minh DOWNLOADED", "staff:minh VIEWED");
  }

  /** A document that already has a number is not issued again. */
  @Test
  void numberedDocumentCannotBeIssuedAgain() {
    assertThatThrownBy(() -> issuing.issue(
        Files.readAllBytes(Path.of("samples/quyet-dinh-813-bhxh.json")), "clerk"))
        .isInstanceOf(InvalidDocumentException.class)
        .hasMessage("number: is given by the register when the document is issued; leave it out");
  }

  private static int lastNumber(String series) {
    return context.getBean(Register.class).entries("BHXH", null).stream()
        .filter(e -> e.series().series().equals(series))
        .mapToInt(e -> e.lastNumber()).findFirst().orElse(0);
  }
}
