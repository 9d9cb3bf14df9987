package vn.vanthu.archive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.vanthu.archive.ingest.CleanedText.Noise;
import vn.vanthu.archive.ingest.CleanedText.RemovedLine;
import vn.vanthu.document.DocumentType;

/** Real signed Công báo PDFs from ../shared/corpus/pdf, read end to end; skipped without them. */
class CorpusPdfTests {

  private final DocumentIngest ingest = new DocumentIngest();

  @Test
  void readsADecisionOfThePrimeMinister() throws Exception {
    IngestedDocument document = ingest.ingest(Corpus.pdf("quyet-dinh-so-798-qd-ttg-469485.pdf"));
    DetectedMetadata m = document.metadata();

    assertThat(document.format()).isEqualTo(SourceFormat.PDF);
    assertThat(m.number().value()).isEqualTo("798/QĐ-TTg");
    assertThat(m.type().value()).isEqualTo(DocumentKind.of(DocumentType.QUYET_DINH));
    assertThat(m.date().value()).isEqualTo(LocalDate.of(2026, 5, 5));
    assertThat(m.place().value()).isEqualTo("Hà Nội");
    assertThat(m.issuer().value()).isEqualTo("THỦ TƯỚNG CHÍNH PHỦ");
    assertThat(m.title().value()).startsWith("Kiện toàn Ban Chỉ đạo Trung ương về cải cách chính"
        + " sách tiền lương");
    assertThat(m.signer().value()).isEqualTo("Lê Minh Hưng");
  }

  @Test
  void readsADecreeAndDropsTheGazetteHeadersAndPageNumbers() throws Exception {
    IngestedDocument document = ingest.ingest(Corpus.pdf("nghi-dinh-so-38-2022-nd-cp-37348.pdf"));
    DetectedMetadata m = document.metadata();

    assertThat(m.number().value()).isEqualTo("38/2022/NĐ-CP");
    assertThat(m.type().value()).isEqualTo(DocumentKind.NGHI_DINH);
    assertThat(m.date().value()).isEqualTo(LocalDate.of(2022, 6, 12));
    assertThat(m.issuer().value()).isEqualTo("CHÍNH PHỦ");
    assertThat(m.title().value()).isEqualTo("Quy định mức lương tối thiểu đối với người lao động"
        + " làm việc theo hợp đồng lao động");
    assertThat(m.signer().value()).isEqualTo("Phạm Bình Minh");
    assertThat(document.text()).doesNotContain("CÔNG BÁO/Số");
    assertThat(document.cleaned().removed()).extracting(RemovedLine::kind)
        .contains(Noise.RUNNING_HEADER).hasSizeGreaterThanOrEqualTo(document.pages());
  }

  @Test
  void readsAConsolidationNumberedAtItsEnd() throws Exception {
    DetectedMetadata m =
        ingest.ingest(Corpus.pdf("van-ban-hop-nhat-so-468-vbhn-bldtbxh-44204.pdf")).metadata();

    assertThat(m.number().value()).isEqualTo("468/VBHN-BLĐTBXH");
    assertThat(m.type().value()).isEqualTo(DocumentKind.VAN_BAN_HOP_NHAT);
    assertThat(m.date().value()).isEqualTo(LocalDate.of(2025, 2, 10));
    assertThat(m.issuer().value()).isEqualTo("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI");
    assertThat(m.signer().value()).isEqualTo("Lê Văn Thanh");
  }

  @Test
  void readsAResolutionNumberedAfterItsKindAndDatedByItsAdoption() throws Exception {
    DetectedMetadata m =
        ingest.ingest(Corpus.pdf("nghi-quyet-so-78-2025-ubtvqh15-45003.pdf")).metadata();

    assertThat(m.number().value()).isEqualTo("78/2025/UBTVQH15");
    assertThat(m.type().value()).isEqualTo(DocumentKind.of(DocumentType.NGHI_QUYET));
    assertThat(m.date().value()).isEqualTo(LocalDate.of(2025, 5, 17));
    assertThat(m.issuer().value()).isEqualTo("ỦY BAN THƯỜNG VỤ QUỐC HỘI");
    assertThat(m.signer().value()).isEqualTo("Trần Thanh Mẫn");
  }

  @Test
  void readsACircularWhoseMinistryNameWrapsBesideTheNationalMotto() throws Exception {
    DetectedMetadata m =
        ingest.ingest(Corpus.pdf("thong-tu-so-12-2022-tt-bldtbxh-37536.pdf")).metadata();

    assertThat(m.number().value()).isEqualTo("12/2022/TT-BLĐTBXH");
    assertThat(m.type().value()).isEqualTo(DocumentKind.THONG_TU);
    assertThat(m.date().value()).isEqualTo(LocalDate.of(2022, 6, 30));
    assertThat(m.issuer().value()).isEqualTo("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI");
  }
}
