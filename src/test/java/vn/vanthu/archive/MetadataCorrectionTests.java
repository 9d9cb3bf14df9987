package vn.vanthu.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.vanthu.archive.ingest.MetadataField;
import vn.vanthu.document.Classification;

/**
 * Correcting the detected metadata of imported documents: saved, audited and indexed again;
 * refused field by field when a value is not valid; impossible on hidden or issued documents.
 * Also the upload import the browser uses, and first-page thumbnails behind the clearance check.
 */
@SpringBootTest(properties = "vanthu.load-samples=false")
class MetadataCorrectionTests {

  private static final String LETTER = """
      BẢO HIỂM XÃ HỘI VIỆT NAM
      Số: %s/TB-BHXH
      Hà Nội, ngày 05 tháng 3 năm 2020
      THÔNG BÁO
      Về việc lịch tiếp công dân quý II
      Bảo hiểm xã hội Việt Nam thông báo lịch tiếp công dân tại trụ sở cơ quan %s.
      KT. TỔNG GIÁM ĐỐC
      PHÓ TỔNG GIÁM ĐỐC
      Nguyễn Văn Bình
      """;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws IOException {
    Path dataDir = Files.createTempDirectory("vanthu-correction-");
    registry.add("vanthu.data-dir", dataDir::toString);
    registry.add("vanthu.admin.password", () -> UUID.randomUUID().toString());
  }

  @Autowired ArchiveImport imports;
  @Autowired MetadataCorrection correction;
  @Autowired DocumentThumbnails thumbnails;
  @Autowired DocumentIssuing issuing;
  @Autowired ArchiveSearch search;
  @Autowired AuditLog audit;
  @Autowired ArchiveSettings settings;

  /** A saved correction changes the record, is audited field by field and is what search finds. */
  @Test
  void correctionIsStoredAuditedAndIndexed() {
    String id = imported("31", "xyzzyplugh");
    MetadataCorrection.Imported before = correction.imported(id, null);
    assertThat(before.detected().number().value()).isEqualTo("31/TB-BHXH");
    assertThat(before.detected().number().confidence()).isPositive();

    Map<MetadataField, @Nullable String> values = values(before.document());
    values.put(MetadataField.TITLE, "Lịch tiếp công dân quý III năm 2020 tại Đà Nẵng");
    values.put(MetadataField.DATE, "2020-06-30");
    ArchivedDocument after = correction.correct(id, values, "lan", null);

    assertThat(after.title()).isEqualTo("Lịch tiếp công dân quý III năm 2020 tại Đà Nẵng");
    assertThat(after.issueDate()).isEqualTo(LocalDate.of(2020, 6, 30));
    assertThat(after.numberText()).isEqualTo("31/TB-BHXH");
    assertThat(audit.of(id)).extracting(AuditEvent::action).containsExactly("IMPORTED",
        "CORRECTED");
    assertThat(audit.of(id).get(1).detail()).contains("date: 2020-03-05 → 2020-06-30")
        .contains("title: ").doesNotContain("number");
    search.refresh();
    SearchResults found = search.search(SearchQuery.of("quy III da nang xyzzyplugh"), null);
    assertThat(found.hits().get(0).id()).isEqualTo(id);
    assertThat(found.hits().get(0).title())
        .isEqualTo("Lịch tiếp công dân quý III năm 2020 tại Đà Nẵng");
    assertThat(found.hits().get(0).date()).isEqualTo(LocalDate.of(2020, 6, 30));
  }

  /** Each bad field is named with its problem, and nothing is saved. */
  @Test
  void invalidValuesAreRejectedFieldByField() {
    String id = imported("32", "quuxcorge");
    Map<MetadataField, @Nullable String> values = values(correction.imported(id, null).document());
    values.put(MetadataField.DATE, "2020-02-30");
    values.put(MetadataField.TYPE, "Bài thơ");
    values.put(MetadataField.ISSUER, "  ");
    values.put(MetadataField.CLASSIFICATION, "rất mật");
    values.put(MetadataField.SIGNER, "x".repeat(301));

    assertThatThrownBy(() -> correction.correct(id, values, "lan", Classification.TUYET_MAT))
        .isInstanceOfSatisfying(CorrectionRejected.class, e -> assertThat(e.problems())
            .isEqualTo(Map.of(
                MetadataField.TYPE, CorrectionRejected.Problem.INVALID,
                MetadataField.DATE, CorrectionRejected.Problem.INVALID,
                MetadataField.ISSUER, CorrectionRejected.Problem.REQUIRED,
                MetadataField.SIGNER, CorrectionRejected.Problem.TOO_LONG,
                MetadataField.CLASSIFICATION, CorrectionRejected.Problem.INVALID)));
    assertThat(audit.of(id)).extracting(AuditEvent::action).containsExactly("IMPORTED");
  }

  /** A corrector cannot classify a document above their own clearance, nor see one above it. */
  @Test
  void classificationIsBoundByTheCorrectorsClearance() {
    String id = imported("33", "gravelgrault");
    Map<MetadataField, @Nullable String> values = values(correction.imported(id, null).document());
    values.put(MetadataField.CLASSIFICATION, "toi-mat");
    assertThatThrownBy(() -> correction.correct(id, values, "lan", Classification.MAT))
        .isInstanceOfSatisfying(CorrectionRejected.class, e -> assertThat(e.problems())
            .containsExactlyEntriesOf(Map.of(MetadataField.CLASSIFICATION,
                CorrectionRejected.Problem.ABOVE_CLEARANCE)));

    values.put(MetadataField.CLASSIFICATION, "MẬT");
    assertThat(correction.correct(id, values, "lan", Classification.MAT).classification())
        .isEqualTo(Classification.MAT);
    assertThatThrownBy(() -> correction.imported(id, null)).isInstanceOf(DocumentNotFound.class);
    assertThatThrownBy(() -> correction.correct(id, values, "binh", null))
        .isInstanceOf(DocumentNotFound.class);
    search.refresh();
    assertThat(search.search(SearchQuery.of("gravelgrault"), null).total()).isZero();
    assertThat(search.search(SearchQuery.of("gravelgrault"), Classification.MAT).total()).isOne();
  }

  /** Documents issued or archived from their structured source keep the source's metadata. */
  @Test
  void structuredDocumentsAreNotCorrectable() throws IOException {
    ArchivedDocument report = issuing.archiveNumbered(
        Files.readAllBytes(Path.of("samples/bao-cao-ttdn-2013-2017.json")), "test");
    assertThatThrownBy(() -> correction.imported(report.id(), Classification.TUYET_MAT))
        .isInstanceOf(DocumentNotFound.class);
  }

  /** Upload: JSONL line by line, numbered JSON as it is (and once), anything else as a file. */
  @Test
  void uploadImportsEachKindOfFile() throws IOException {
    byte[] jsonl = """
        {"id":"upload-1","text":"Công văn về việc chuẩn bị hội nghị plughxyz","number":"5/CV-ABC"}

        not json
        """.getBytes(StandardCharsets.UTF_8);
    assertThat(imports.importUpload(jsonl, "batch.jsonl", "lan", Classification.TUYET_MAT))
        .extracting(ImportResult::source, ImportResult::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("batch.jsonl:1",
                ImportResult.Status.IMPORTED),
            org.assertj.core.groups.Tuple.tuple("batch.jsonl:3", ImportResult.Status.UNREADABLE));
    byte[] decision = Files.readAllBytes(Path.of("samples/to-trinh-de-an-ttdn-2025-2030.json"));
    assertThat(imports.importUpload(decision, "to-trinh.json", "lan", Classification.TUYET_MAT)).singleElement()
        .extracting(ImportResult::status).isEqualTo(ImportResult.Status.IMPORTED);
    assertThat(imports.importUpload(decision, "again/to-trinh.json", "lan", Classification.TUYET_MAT)).singleElement()
        .satisfies(r -> {
          assertThat(r.status()).isEqualTo(ImportResult.Status.DUPLICATE);
          assertThat(r.reason()).startsWith("already in the archive as ");
        });
    assertThat(imports.importUpload("{}".getBytes(StandardCharsets.UTF_8), "x.json", "lan", Classification.TUYET_MAT))
        .singleElement().extracting(ImportResult::status)
        .isEqualTo(ImportResult.Status.UNREADABLE);
  }

  /** A thumbnail is a PNG of page one, cached by the PDF's hash, and absent for hidden readers. */
  @Test
  void thumbnailsRespectClearanceAndAreCached() throws IOException {
    ArchivedDocument secret = issuing.archiveNumbered(
        Files.readAllBytes(Path.of("samples/thong-bao-mat.json")), "test");
    assertThat(thumbnails.available(secret.id(), null)).isFalse();
    assertThatThrownBy(() -> thumbnails.png(secret.id(), null))
        .isInstanceOf(DocumentNotFound.class);
    assertThat(thumbnails.available(secret.id(), Classification.MAT)).isTrue();
    byte[] png = thumbnails.png(secret.id(), Classification.MAT);
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
    assertThat(image.getWidth()).isBetween(320, 340);
    assertThat(image.getHeight()).isBetween(460, 475);
    Path cached = settings.dataDir().resolve("cache/thumbnails/" + secret.pdfSha256() + ".png");
    assertThat(cached).exists().hasBinaryContent(png);
    assertThat(thumbnails.png(secret.id(), Classification.TUYET_MAT)).isEqualTo(png);
    String text = imported("34", "nopdfhere");
    assertThat(thumbnails.available(text, Classification.MAT)).isFalse();
  }

  private String imported(String number, String word) {
    ImportResult result = imports.importFile(
        LETTER.formatted(number, word).getBytes(StandardCharsets.UTF_8), "letter-" + number
            + ".txt", "lan");
    assertThat(result.status()).isEqualTo(ImportResult.Status.IMPORTED);
    return List.of(result.documentId()).get(0);
  }

  private static Map<MetadataField, @Nullable String> values(ArchivedDocument d) {
    Map<MetadataField, @Nullable String> values = new EnumMap<>(MetadataField.class);
    values.put(MetadataField.NUMBER, d.numberText());
    values.put(MetadataField.TYPE, d.typeName());
    values.put(MetadataField.DATE, d.issueDate() == null ? null : d.issueDate().toString());
    values.put(MetadataField.PLACE, d.place());
    values.put(MetadataField.ISSUER, d.issuer());
    values.put(MetadataField.TITLE, d.title());
    values.put(MetadataField.SIGNER, d.signer());
    values.put(MetadataField.CLASSIFICATION,
        d.classification() == null ? null : d.classification().code());
    return values;
  }
}
