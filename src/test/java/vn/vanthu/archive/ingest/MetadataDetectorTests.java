package vn.vanthu.archive.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.vanthu.document.Classification;
import vn.vanthu.document.DocumentType;

class MetadataDetectorTests {

  private static final DocumentKind QUYET_DINH = DocumentKind.of(DocumentType.QUYET_DINH);
  private static final DocumentKind CONG_VAN = DocumentKind.of(DocumentType.CONG_VAN);

  private final MetadataDetector detector = new MetadataDetector(
      Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));

  private static final String HEADER = """
      ỦY BAN NHÂN DÂN
      TỈNH HÀ TĨNH
      -------
      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      Độc lập - Tự do - Hạnh phúc
      ---------------
      """;

  private static final String BODY = """
      QUYẾT ĐỊNH
      Về việc công bố danh mục thủ tục hành chính
      CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
      Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;
      QUYẾT ĐỊNH:
      Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.
      Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.
      Nơi nhận:
      - Như Điều 2;
      - Lưu: VT.
      TM. ỦY BAN NHÂN DÂN
      KT. CHỦ TỊCH
      PHÓ CHỦ TỊCH
      Trần Báu Hà
      """;

  /** A decision of a provincial committee with the given number and place-and-date line. */
  private DetectedMetadata decision(String number, String dateLine) {
    return detector.detect(HEADER + "Số: " + number + "\n" + dateLine + "\n" + BODY);
  }

  @Test
  void readsTheSeedDecision() throws Exception {
    DetectedMetadata m = detector.detect(Corpus.seed());

    assertThat(m.number().value()).isEqualTo("813/QĐ-BHXH");
    assertThat(m.type().value()).isEqualTo(QUYET_DINH);
    assertThat(m.date().value()).isEqualTo(LocalDate.of(2013, 7, 23));
    assertThat(m.place().value()).isEqualTo("Hà Nội");
    assertThat(m.issuer().value()).isEqualTo("BẢO HIỂM XÃ HỘI VIỆT NAM");
    // The trích yếu as written (the 2013 original sets it in capitals), not the competence line.
    assertThat(m.title().value()).isEqualTo("VỀ VIỆC BAN HÀNH KẾ HOẠCH THÔNG TIN ĐỐI NGOẠI CỦA BẢO"
        + " HIỂM XÃ HỘI VIỆT NAM GIAI ĐOẠN 2013 - 2020");
    assertThat(m.signer().value()).isEqualTo("Lê Bạch Hồng");
    assertThat(m.classification().value()).isNull();
    for (MetadataField field : MetadataField.values()) {
      assertThat(m.get(field).confidence()).as(field.name()).isBetween(0.5, 1.0);
    }
  }

  @Test
  void readsANumberWhoseLabelIsOnTheLineAbove() {
    DetectedMetadata m = detector.detect(
        HEADER + "Số:\n84/2025/QĐ-UBND\n\nHà Tĩnh, ngày\n02 tháng 12 năm 2025\n\n" + BODY);

    assertThat(m.number().value()).isEqualTo("84/2025/QĐ-UBND");
    assertThat(m.date().value()).isEqualTo(LocalDate.of(2025, 12, 2));
    assertThat(m.place().value()).isEqualTo("Hà Tĩnh");
  }

  @Test
  void readsTheLookalikeEthAsĐ() {
    DetectedMetadata m = decision("2828/Q\u00D0-UBND", "Hà Tĩnh, ngày 19 tháng 11 năm 2025");

    assertThat(m.number().value()).isEqualTo("2828/QĐ-UBND").doesNotContain("\u00D0");
    assertThat(m.type().value()).isEqualTo(QUYET_DINH);
    assertThat(m.type().confidence()).isGreaterThan(0.95); // heading and ký hiệu agree
  }

  @Test
  void rejectsAnImpossibleDate() {
    DetectedMetadata m = decision("15/QĐ-UBND", "Hà Tĩnh, ngày 31 tháng 02 năm 2025");

    assertThat(m.number().value()).isEqualTo("15/QĐ-UBND");
    assertThat(m.date().isPresent()).isFalse();
    assertThat(m.date().confidence()).isZero();
  }

  @Test
  void rejectsADateAfterNextYear() {
    DetectedMetadata m = decision("15/QĐ-UBND", "Hà Tĩnh, ngày 01 tháng 02 năm 2099");

    assertThat(m.date().isPresent()).isFalse();
  }

  @Test
  void readsADateSplitOverLines() {
    DetectedMetadata m =
        decision("2637/QĐ-UBND", "\nThành phố Hồ Chí\nMinh, ngày 16\ntháng 11 năm\n2025\n");

    assertThat(m.date().value()).isEqualTo(LocalDate.of(2025, 11, 16));
    assertThat(m.place().value()).isEqualTo("Thành phố Hồ Chí Minh");
  }

  @Test
  void readsAYearWithAFootnoteDigitGluedToIt() {
    DetectedMetadata m = decision("3/2026/QĐ-UBND", "Hà Tĩnh, ngày 05 tháng 01 năm 20264");

    assertThat(m.date().value()).isEqualTo(LocalDate.of(2026, 1, 5));
    assertThat(m.date().confidence()).isLessThan(0.95); // the glued digit costs some certainty
  }

  @Test
  void takesTheNameUnderTheSignatureTitleNotTheStampsSigner() {
    String text = HEADER + "Số: 98/QĐ-UBND\nHà Tĩnh, ngày 21 tháng 11 năm 2025\n" + BODY
        .replace("PHÓ CHỦ TỊCH\n", """
            PHÓ CHỦ TỊCH
            Ký bởi: Nguyễn Văn Văn Thư
            Email: vanthu@hatinh.gov.vn
            Cơ quan: Văn phòng UBND tỉnh Hà Tĩnh
            Thời gian ký: 21.11.2025 16:02:11 +07:00
            """);

    DetectedMetadata m = detector.detect(text);

    assertThat(m.signer().value()).isEqualTo("Trần Báu Hà");
  }

  @Test
  void ignoresAGazetteStampAndRunningHeaderOnPageOne() {
    String text = """
        CÔNG BÁO/Số 279/Ngày 18-05-2026 3
        CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 145/2026/NĐ-CP Hà Nội, ngày 05 tháng 5 năm 2026
        NGHỊ ĐỊNH
        Quy định một số nội dung về cơ chế quản lý tài chính
        Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
        Điều 1. Phạm vi điều chỉnh
        Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Cơ quan: VĂN PHÒNG CHÍNH PHỦ
        Ngày ký: 2026-05-18 10:12:13 +07:00
        Nghị định này quy định một số nội dung./.
        TM. CHÍNH PHỦ
        KT. THỦ TƯỚNG
        PHÓ THỦ TƯỚNG
        Nguyễn Văn Thắng
        """;

    DetectedMetadata m = detector.detect(text);

    assertThat(m.number().value()).isEqualTo("145/2026/NĐ-CP");
    assertThat(m.type().value()).isEqualTo(DocumentKind.NGHI_DINH);
    assertThat(m.date().value()).isEqualTo(LocalDate.of(2026, 5, 5));
    assertThat(m.place().value()).isEqualTo("Hà Nội");
    assertThat(m.issuer().value()).isEqualTo("CHÍNH PHỦ");
    assertThat(m.title().value()).isEqualTo("Quy định một số nội dung về cơ chế quản lý tài chính");
    assertThat(m.signer().value()).isEqualTo("Nguyễn Văn Thắng");
  }

  @Test
  void detectsTheSecrecyStamp() {
    DetectedMetadata secret = decision("12/QĐ-UBND", "MẬT\nHà Tĩnh, ngày 21 tháng 11 năm 2025");
    DetectedMetadata topSecret =
        decision("12/QĐ-UBND", "Hà Tĩnh, ngày 21 tháng 11 năm 2025\nTỐI MẬT");
    DetectedMetadata open = detector.detect(HEADER + "Số: 12/QĐ-UBND\nHà Tĩnh, ngày 21 tháng 11"
        + " năm 2025\n" + BODY.replace("danh mục", "danh mục bí mật nhà nước"));

    assertThat(secret.classification().value()).isEqualTo(Classification.MAT);
    assertThat(topSecret.classification().value()).isEqualTo(Classification.TOI_MAT);
    assertThat(open.classification().value()).isNull();
    assertThat(open.classification().confidence()).isGreaterThan(0.5);
  }

  @Test
  void readsACongVan() {
    String text = """
        BỘ TÀI CHÍNH
        CỤC THUẾ
        -------
        CỘNG HÒA XÃ HỘI
        CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        ---------------
        Số: 5348/CT-CS
        V/v hướng dẫn góp vốn
        điều lệ

        Hà Nội, ngày 20
        tháng 11 năm 2025

        Kính gửi: Thuế tỉnh Quảng Trị.
        Cục Thuế nhận được công văn số 324/QTR-KTr2 ngày 22/7/2025 của Thuế tỉnh Quảng Trị./.

        Nơi nhận:
        - Như trên;
        - Lưu: VT, CS.

        TL. CỤC TRƯỞNG
        KT. TRƯỞNG BAN CHÍNH SÁCH, THUẾ QUỐC TẾ
        PHÓ TRƯỞNG BAN
        Phạm Thị Minh Hiền
        """;

    DetectedMetadata m = detector.detect(text);

    assertThat(m.number().value()).isEqualTo("5348/CT-CS");
    // "CT" would be a Chỉ thị's abbreviation: the V/v line says it is a công văn.
    assertThat(m.type().value()).isEqualTo(CONG_VAN);
    assertThat(m.title().value()).isEqualTo("hướng dẫn góp vốn điều lệ");
    assertThat(m.issuer().value()).isEqualTo("CỤC THUẾ"); // the issuing body, not its parent
    assertThat(m.date().value()).isEqualTo(LocalDate.of(2025, 11, 20));
    assertThat(m.signer().value()).isEqualTo("Phạm Thị Minh Hiền");
  }

  @Test
  void findsAConsolidationsNumberAtItsEnd() {
    String text = """
        VĂN BẢN HỢP NHẤT -
        BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        THÔNG TƯ
        Hướng dẫn quản lý lao động, tiền lương đối với Quỹ Phát triển doanh nghiệp nhỏ và vừa

        Thông tư số 34/2019/TT-BLĐTBXH ngày 30 tháng 12 năm 2019 của Bộ trưởng Bộ Lao động - \
        Thương binh và Xã hội, được sửa đổi, bổ sung bởi:
        Căn cứ Nghị định số 106/2012/NĐ-CP ngày 20 tháng 12 năm 2012 của Chính phủ;
        Điều 1. Phạm vi điều chỉnh
        Thông tư này hướng dẫn quản lý lao động./.
        BỘ LAO ĐỘNG - THƯƠNG BINH XÁC THỰC VĂN BẢN HỢP NHẤT
        VÀ XÃ HỘI
        Số: 468/VBHN-BLĐTBXH Hà Nội, ngày 10 tháng 02 năm 2025
        KT. BỘ TRƯỞNG
        THỨ TRƯỞNG
        Lê Văn Thanh
        """;

    DetectedMetadata m = detector.detect(text);

    assertThat(m.number().value()).isEqualTo("468/VBHN-BLĐTBXH");
    assertThat(m.type().value()).isEqualTo(DocumentKind.VAN_BAN_HOP_NHAT);
    assertThat(m.date().value()).isEqualTo(LocalDate.of(2025, 2, 10));
    assertThat(m.issuer().value()).isEqualTo("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI");
    assertThat(m.signer().value()).isEqualTo("Lê Văn Thanh");
  }

  @Test
  void fallsBackOnTheAppendixReferenceWhenTheHeaderIsLost() {
    String text = """
        Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương
        Bộ Tài chính đề nghị Ủy ban nhân dân các tỉnh gửi báo cáo./.
        PHỤ LỤC
        (Kèm theo Công văn số 17809/BTC-CTK ngày 17 tháng 11 năm 2025 của Bộ Tài chính)
        """;

    DetectedMetadata m = detector.detect(text);

    assertThat(m.number().value()).isEqualTo("17809/BTC-CTK");
    assertThat(m.number().confidence()).isLessThan(0.9);
    assertThat(m.type().value()).isEqualTo(CONG_VAN);
    assertThat(m.date().value()).isEqualTo(LocalDate.of(2025, 11, 17));
  }

  @Test
  void findsNothingInTextThatIsNotADocument() {
    DetectedMetadata m = detector.detect("Hôm nay trời đẹp. Chúng tôi đi dạo ở Hà Nội ngày 5/6.");

    assertThat(m.number().isPresent()).isFalse();
    assertThat(m.type().isPresent()).isFalse();
    assertThat(m.date().isPresent()).isFalse();
    assertThat(m.signer().isPresent()).isFalse();
    assertThat(m.classification().confidence()).isLessThan(0.5);
  }

  @Test
  void aPersonCorrectsAField() {
    DetectedMetadata detected = decision("12/QĐ-UBND", "Hà Tĩnh, ngày 21 tháng 11 năm 2025");

    DetectedMetadata corrected = detected
        .corrected(MetadataField.DATE, "2025-11-22")
        .corrected(MetadataField.TYPE, "Chỉ thị")
        .corrected(MetadataField.NUMBER, "12 /CT-UBND")
        .corrected(MetadataField.CLASSIFICATION, "tối mật")
        .corrected(MetadataField.SIGNER, null);

    assertThat(corrected.date().value()).isEqualTo(LocalDate.of(2025, 11, 22));
    assertThat(corrected.date().origin()).isEqualTo(Detected.Origin.CORRECTED);
    assertThat(corrected.date().confidence()).isEqualTo(1.0);
    assertThat(corrected.type().value()).isEqualTo(DocumentKind.of(DocumentType.CHI_THI));
    assertThat(corrected.number().value()).isEqualTo("12/CT-UBND");
    assertThat(corrected.classification().value()).isEqualTo(Classification.TOI_MAT);
    assertThat(corrected.signer().isPresent()).isFalse();
    assertThat(corrected.place()).isEqualTo(detected.place()); // the rest untouched
    assertThatThrownBy(() -> detected.corrected(MetadataField.DATE, "2025-02-31"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> detected.corrected(MetadataField.TYPE, "Thư tình"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givesAJsonShapeWithAConfidencePerField() throws Exception {
    Map<String, Object> json = detector.detect(Corpus.seed()).toJsonMap();

    assertThat(json).containsKeys("number", "type", "date", "place", "issuer", "title", "signer",
        "classification", "confidence");
    assertThat(json.get("number")).isEqualTo("813/QĐ-BHXH");
    assertThat(json.get("type")).isEqualTo("Quyết định");
    assertThat(json.get("date")).isEqualTo("2013-07-23");
    assertThat(json.get("classification")).isNull();
    @SuppressWarnings("unchecked")
    Map<String, Object> confidence = (Map<String, Object>) json.get("confidence");
    assertThat(confidence).containsOnlyKeys("number", "type", "date", "place", "issuer", "title",
        "signer", "classification");
    assertThat(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(json))
        .startsWith("{\"number\":\"813/QĐ-BHXH\",\"type\":\"Quyết định\",\"date\":\"2013-07-23\"");
  }
}
