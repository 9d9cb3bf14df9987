package vn.vanthu.archive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.vanthu.archive.ingest.CleanedText.Noise;
import vn.vanthu.archive.ingest.CleanedText.RemovedLine;

class TextCleanerTests {

  private final TextCleaner cleaner = new TextCleaner();

  @Test
  void rejoinsWordsThatThePdfSplitIntoGlyphRuns() throws Exception {
    String text = cleaner.clean(Corpus.seed()).text();

    assertThat(text).contains("Xét đề nghị của Trưởng Ban Hợp tác quốc tế,")
        .contains("Căn cứ Nghị định số 94/2008/NĐ-CP ngày 22/8/2008")
        .contains("(Ban hành kèm theo Quyết định số 813/QĐ-BHXH ngày 23 tháng 07 năm 2013")
        .contains("- Tạo bước chuyển biến căn bản trong công tác TTĐN")
        .contains("hàng năm về BHXH và BHYT.")
        .contains("1.2. Mục tiêu cụ thể")
        .contains("- Đến năm 2015, công khai")
        .contains("Văn phòng tổ chức sơ kết, tổng kết việc")
        .contains("các điều ước quốc tế, quá trình hội nhập quốc tế của Việt Nam")
        .contains("đối với cơ quan truyền thông");
  }

  @Test
  void joinsSentencesButKeepsTheDocumentsStructure() throws Exception {
    List<String> lines = cleaner.clean(Corpus.seed()).text().lines().toList();

    assertThat(lines).contains(
        "Số: 813/QĐ-BHXH",
        "Hà Nội, ngày 23 tháng 07 năm 2013",
        "QUYẾT ĐỊNH",
        "QUYẾT ĐỊNH:",
        "Điều 1. Ban hành kèm theo Quyết định này “Kế hoạch thông tin đối ngoại của Bảo hiểm xã hội"
            + " Việt Nam giai đoạn 2013 - 2020”.",
        "Nơi nhận:",
        "- Như Điều 2;",
        "- Lưu: VT, HTQT.",
        "TỔNG GIÁM ĐỐC",
        "Lê Bạch Hồng",
        "I. MỤC TIÊU, YÊU CẦU",
        "1. Muc tiêu",
        "1.1. Mục tiêu chung",
        "VI. KINH PHÍ THỰC HIỆN");
    assertThat(lines).anyMatch(l -> l.startsWith("Căn cứ Quyết định số 79/2010/QĐ-TTg")
        && l.endsWith("Quy chế quản lý nhà nước về thông tin đối ngoại;"));
  }

  @Test
  void dropsPortalLinksAndSaysSo() throws Exception {
    CleanedText cleaned = cleaner.clean(Corpus.seed());

    assertThat(cleaned.text()).doesNotContain("Tải Văn bản").endsWith("đạt hiệu quả cao./.");
    assertThat(cleaned.removed()).extracting(RemovedLine::kind).containsOnly(Noise.PORTAL);
  }

  @Test
  void dropsGazetteHeadersPageNumbersAndSignatureStamps() {
    String raw = """
        1. Người lao động làm việc theo hợp đồng lao động; người thử việc; người học nghề
        Ký bởi: Cổng Thông tin điện tử Chính
        phủ
        Email: thongtinchinhphu@chinhphu.vn
        Cơ quan: Văn phòng Chính phủ
        Thời gian ký: 28.08.2024 14:39:08 +07:00

        4
        CÔNG BÁO/Số 987 + 988/Ngày 25-8-2024

        tập nghề để làm việc cho người sử dụng lao động.
        2. Cán bộ, công chức, viên chức.
        """;

    CleanedText cleaned = cleaner.clean(raw);

    assertThat(cleaned.text()).isEqualTo("""
        1. Người lao động làm việc theo hợp đồng lao động; người thử việc; người học nghề \
        tập nghề để làm việc cho người sử dụng lao động.
        2. Cán bộ, công chức, viên chức.""");
    assertThat(cleaned.removed()).extracting(RemovedLine::kind).containsExactly(
        Noise.SIGNATURE_STAMP, Noise.SIGNATURE_STAMP, Noise.SIGNATURE_STAMP,
        Noise.SIGNATURE_STAMP, Noise.SIGNATURE_STAMP, Noise.PAGE_NUMBER, Noise.RUNNING_HEADER);
  }

  @Test
  void keepsBareNumbersThatAreNotPageNumbers() {
    // Table cells and a date split over lines are numbers alone on a line, yet content.
    String raw = "Hà Nội, ngày\n23\ntháng\n07\nnăm\n2013\n\nSố xã có dịch\n\n191\n\n196\n";

    String text = cleaner.clean(raw).text();

    assertThat(text).isEqualTo("Hà Nội, ngày 23 tháng 07 năm 2013\n\nSố xã có dịch\n\n191\n\n196");
  }

  @Test
  void findsARunningHeaderByItsRepetitionAcrossPages() {
    String[] body = {"Điều 1. Phạm vi điều chỉnh", "Thông tư này quy định về chế độ báo cáo.",
        "Điều 2. Đối tượng áp dụng", "Các cơ quan, tổ chức có liên quan.", "Điều 3. Hiệu lực",
        "Thông tư này có hiệu lực kể từ ngày ký.", "Điều 4. Trách nhiệm thi hành",
        "Các đơn vị chịu trách nhiệm thi hành."};
    List<String> pages = new ArrayList<>();
    for (int page = 0; page < 4; page++) {
      pages.add("BỘ Y TẾ - HƯỚNG DẪN TẠM THỜI\n" + body[2 * page] + "\n" + body[2 * page + 1]
          + "\n- " + (page + 1) + " -");
    }

    CleanedText cleaned = cleaner.clean(pages);

    assertThat(cleaned.text()).isEqualTo(String.join("\n", body));
    assertThat(cleaned.removed()).extracting(RemovedLine::kind)
        .containsOnly(Noise.RUNNING_HEADER, Noise.PAGE_NUMBER).hasSize(8);
  }

  @Test
  void continuesASentenceAcrossAPageBreak() {
    List<String> pages = List.of("hoặc được hưởng chế độ ốm đau\n\n", "\n12\nthì được hưởng.");

    String text = cleaner.clean(pages).text();

    assertThat(text).isEqualTo("hoặc được hưởng chế độ ốm đau thì được hưởng.");
  }

  @Test
  void keepsBlankLinesAsParagraphBreaks() {
    String text = cleaner.clean("Số: 5348/CT-CS\nV/v hướng dẫn góp vốn điều lệ\n\nHà Nội, ngày 20\n"
        + "tháng 11 năm 2025\n\nKính gửi: Thuế tỉnh Quảng Trị.").text();

    assertThat(text).isEqualTo("Số: 5348/CT-CS\nV/v hướng dẫn góp vốn điều lệ\n\n"
        + "Hà Nội, ngày 20 tháng 11 năm 2025\n\nKính gửi: Thuế tỉnh Quảng Trị.");
  }

  @Test
  void normalisesToNfcAndTheLookalikeEth() {
    String decomposed = "Quye\u0302\u0301t \u0111i\u0323nh so\u0302\u0301 12/Q\u00D0-UBND";

    assertThat(cleaner.clean(decomposed).text()).isEqualTo("Quyết định số 12/QĐ-UBND");
  }

  @Test
  void cleaningTheSeedTwiceChangesNothing() throws Exception {
    String once = cleaner.clean(Corpus.seed()).text();

    assertThat(cleaner.clean(once).text()).isEqualTo(once);
  }

  /** Property: whatever the line breaks, the letters are those of the source minus the noise. */
  @Test
  void neverLosesALetterHoweverTheLinesAreBroken() throws Exception {
    String seed = Corpus.seed();
    CleanedText reference = cleaner.clean(seed);
    assertThat(letters(reference.text()))
        .isEqualTo(subtract(letters(seed), letters(removedText(reference))));

    Random random = new Random(20260522);
    for (int round = 0; round < 200; round++) {
      String rebroken = rebreak(reference.text(), random);
      CleanedText cleaned = cleaner.clean(rebroken);
      assertThat(letters(cleaned.text())).as("round %d", round)
          .isEqualTo(subtract(letters(rebroken), letters(removedText(cleaned))));
      assertThat(cleaned.removed()).as("round %d", round)
          .allMatch(r -> r.kind() == Noise.RUNNING_HEADER || r.kind() == Noise.PAGE_NUMBER
              || r.kind() == Noise.SIGNATURE_STAMP);
      // What is left reads the same as the reference, whitespace aside.
      assertThat(squeeze(cleaned.text()).equals(squeeze(reference.text())))
          .as("round %d reads as the reference, whitespace aside", round).isTrue();
    }
  }

  /** Property, on real extractions: letters kept, and a second cleaning keeps every character. */
  @Test
  void keepsLettersAndIsIdempotentOnTheGazetteTexts() throws Exception {
    ObjectMapper json = new ObjectMapper();
    int documents = 0;
    try (BufferedReader reader =
        Files.newBufferedReader(Corpus.require(Corpus.CONGBAO), StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null && documents < 40) {
        String raw = TextCleaner.normalizeCharacters(json.readTree(line).get("text").asText());
        CleanedText once = cleaner.clean(raw);
        assertThat(letters(once.text()))
            .isEqualTo(subtract(letters(raw), letters(removedText(once))));
        assertThat(squeeze(cleaner.clean(once.text()).text()).equals(squeeze(once.text())))
            .as("document %d cleaned twice", documents).isTrue();
        assertThat(once.text()).doesNotContain("CÔNG BÁO/Số", "Thời gian ký:", "Ngày ký:");
        documents++;
      }
    }
    assertThat(documents).isEqualTo(40);
  }

  /** Breaks lines at random spaces and around single letters, and adds page headers and stamps. */
  private static String rebreak(String text, Random random) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n")) {
      StringBuilder current = new StringBuilder();
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == ' ' && random.nextInt(6) == 0) {
          out.append(current).append('\n');
          current.setLength(0);
        } else if (Character.isLetter(c) && random.nextInt(60) == 0) {
          // A glyph run of its own, as a PDF splits "Hợp" into "H" "ợ" "p".
          out.append(current).append('\n').append(c).append('\n');
          current.setLength(0);
        } else {
          current.append(c);
        }
      }
      out.append(current).append('\n');
      if (random.nextInt(40) == 0) {
        out.append("\n").append(random.nextInt(300) + 1)
            .append("\nCÔNG BÁO/Số 12/Ngày 05-3-2024\n\n");
      }
      if (random.nextInt(80) == 0) {
        out.append("Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ\nEmail: a@b.vn\n"
            + "Thời gian ký: 28.08.2024 14:39:08 +07:00\n");
      }
    }
    return out.toString();
  }

  private static String removedText(CleanedText cleaned) {
    StringBuilder text = new StringBuilder();
    cleaned.removed().forEach(r -> text.append(r.line()).append('\n'));
    return text.toString();
  }

  private static Map<Integer, Integer> letters(String text) {
    Map<Integer, Integer> counts = new HashMap<>();
    TextCleaner.normalizeCharacters(text).codePoints().filter(Character::isLetterOrDigit)
        .forEach(c -> counts.merge(c, 1, Integer::sum));
    return counts;
  }

  private static Map<Integer, Integer> subtract(
      Map<Integer, Integer> all, Map<Integer, Integer> gone) {
    Map<Integer, Integer> left = new HashMap<>(all);
    gone.forEach((c, n) -> left.merge(c, -n, Integer::sum));
    left.values().removeIf(n -> n == 0);
    return left;
  }

  private static String squeeze(String text) {
    return text.replaceAll("\\s+", "");
  }
}
