package vn.vanthu.archive.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanthu.archive.ingest.BulkJsonlReader.BulkFailure;
import vn.vanthu.archive.ingest.BulkJsonlReader.BulkRecord;
import vn.vanthu.archive.ingest.DocumentIngest.BulkOutcome;
import vn.vanthu.archive.ingest.UnreadableDocumentException.Reason;
import vn.vanthu.document.Classification;
import vn.vanthu.document.DocumentType;

class DocumentIngestTests {

  private final DocumentIngest ingest = new DocumentIngest();

  @Test
  void readsBulkJsonLinesAndReportsBadLinesWithoutStopping(@TempDir Path dir) throws Exception {
    Path jsonl = Files.write(dir.resolve("bulk.jsonl"),
        TextExtractorTests.resource("ingest/bulk.jsonl"));
    List<BulkOutcome> outcomes = new ArrayList<>();

    ingest.ingestBulk(jsonl, outcomes::add);

    assertThat(outcomes).extracting(BulkOutcome::line).containsExactly(1, 2, 3, 4, 6);
    IngestedDocument detected = outcomes.get(0).document();
    assertThat(detected).isNotNull();
    assertThat(detected.source()).isEqualTo("bulk.jsonl#1:cv-1");
    assertThat(detected.format()).isEqualTo(SourceFormat.JSONL);
    assertThat(detected.metadata().number().value()).isEqualTo("12/UBND-VX");
    assertThat(detected.metadata().number().origin()).isEqualTo(Detected.Origin.DETECTED);
    assertThat(detected.metadata().type().value())
        .isEqualTo(DocumentKind.of(DocumentType.CONG_VAN));

    IngestedDocument declared = outcomes.get(1).document();
    assertThat(declared).isNotNull();
    assertThat(declared.metadata().number().value()).isEqualTo("15/QĐ-UBND");
    assertThat(declared.metadata().number().origin()).isEqualTo(Detected.Origin.DECLARED);
    assertThat(declared.metadata().date().value()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(declared.metadata().classification().value()).isEqualTo(Classification.MAT);
    assertThat(declared.metadata().signer().value()).isEqualTo("Nguyễn Văn An"); // detected
    assertThat(declared.warnings()).isEmpty();

    IngestedDocument badDate = outcomes.get(2).document();
    assertThat(badDate).isNotNull();
    assertThat(badDate.warnings()).singleElement().asString().contains("declared date ignored");
    assertThat(badDate.metadata().date().value()).isEqualTo(LocalDate.of(2024, 3, 1));

    assertThat(outcomes.get(3).document()).isNull();
    assertThat(outcomes.get(3).failure()).contains("missing text");
    assertThat(outcomes.get(4).failure()).startsWith("not JSON");
  }

  @Test
  void refusesAnOverlongLineAndGoesOn() throws Exception {
    List<BulkJsonlReader.Entry> entries = new ArrayList<>();
    String line = "{\"id\":\"a\",\"text\":\"" + "x".repeat(200) + "\"}";

    new BulkJsonlReader(100).read(new StringReader(line + "\n{\"id\":\"b\",\"text\":\"ngắn\"}"),
        entries::add);

    assertThat(entries).hasSize(2);
    assertThat(entries.get(0)).isInstanceOfSatisfying(BulkFailure.class,
        f -> assertThat(f.reason()).contains("longer than 100"));
    assertThat(entries.get(1)).isInstanceOfSatisfying(BulkRecord.class,
        r -> assertThat(r.text()).isEqualTo("ngắn"));
  }

  @Test
  void refusesBulkInputThatIsNotUtf8(@TempDir Path dir) throws Exception {
    Path legacy = Files.write(dir.resolve("old.jsonl"), "{\"id\":\"a\",\"text\":\"Ba\u0309o\"}"
        .getBytes(java.nio.charset.Charset.forName("windows-1258")));

    assertThatThrownBy(() -> ingest.ingestBulk(legacy, outcome -> { }))
        .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
          assertThat(e.toJsonMap()).containsEntry("file", legacy.toString())
              .containsEntry("error", "damaged").containsKey("message");
        });
  }

  @Test
  void readsAFileEndToEnd(@TempDir Path dir) throws Exception {
    Path seed = Files.copy(Corpus.require(Corpus.SEED), dir.resolve("813.txt"));

    IngestedDocument document = ingest.ingest(seed);

    assertThat(document.format()).isEqualTo(SourceFormat.TEXT);
    assertThat(document.pages()).isEqualTo(1);
    assertThat(document.metadata().number().value()).isEqualTo("813/QĐ-BHXH");
    assertThat(document.text()).contains("Ban Hợp tác quốc tế").doesNotContain("Tải Văn bản");
    assertThat(document.toJsonMap()).containsEntry("file", seed.toString())
        .containsEntry("number", "813/QĐ-BHXH").containsEntry("signer", "Lê Bạch Hồng")
        .containsKey("confidence");
    assertThat(DocumentIngest.isBulk(dir.resolve("x.JSONL"))).isTrue();
    assertThat(DocumentIngest.isBulk(seed)).isFalse();
    Path bulk = Files.writeString(dir.resolve("many.jsonl"), "{\"id\":\"a\",\"text\":\"x\"}");
    assertThatThrownBy(() -> ingest.ingest(bulk))
        .isInstanceOfSatisfying(UnreadableDocumentException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT));
  }
}
