package vn.vanthu.rendering;

import java.nio.charset.StandardCharsets;
import vn.vanthu.document.DocumentReader;
import vn.vanthu.document.OfficialDocument;

/**
 * Renders a built-in decision with its plan a number of times, so that a fresh process has loaded
 * the PDF engine's classes and compiled its hot code before the first real document. A first
 * document in a new JVM costs seconds of CPU, a warm one tens of milliseconds.
 */
final class RendererWarmUp {

  /** Renders after which a document costs about what it costs in a long-running process. */
  static final int RENDERS = 15;

  /**
   * Every stage the samples go through: header grid, legal bases, articles, signature, recipients,
   * an attached plan with sections, items, bullets and a table; bold, italic and every tone mark.
   */
  private static final String DOCUMENT = """
      {"issuer": {"name": "BẢO HIỂM XÃ HỘI VIỆT NAM", "abbreviation": "BHXH"},
       "type": "quyet-dinh", "number": 1, "place": "Hà Nội", "date": "2024-01-02",
       "subject": "Về việc thử bộ dựng văn bản: ấn phẩm, tiếng nước ngoài, đầu mối, quỹ hưu trí",
       "competence": "TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM",
       "legalBases": ["Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư",
         "Xét đề nghị của Chánh Văn phòng"],
       "body": [
         {"kind": "article", "text": "Ban hành kèm theo Quyết định này Kế hoạch thử nghiệm bộ dựng văn bản."},
         {"kind": "article", "text": "Quyết định này có hiệu lực thi hành kể từ ngày ký; Chánh Văn phòng, Thủ trưởng các đơn vị chịu trách nhiệm thi hành."}],
       "signature": {"title": "TỔNG GIÁM ĐỐC", "name": "Nguyễn Thị Ánh Tuyết"},
       "recipients": ["Như Điều 2", "Lưu: VT"], "filing": "VT, HTQT",
       "attachments": [{"type": "ke-hoach", "subject": "Thử nghiệm bộ dựng văn bản năm 2024",
         "referenceLead": "Ban hành kèm theo", "issuedBy": "Tổng Giám đốc Bảo hiểm xã hội Việt Nam",
         "body": [
           {"kind": "section", "title": "MỤC TIÊU, YÊU CẦU", "children": [
             {"kind": "item", "title": "Mục tiêu", "children": [
               {"kind": "bullet", "text": "Bảo đảm văn bản được trình bày đúng thể thức, kỹ thuật trình bày; người đọc dễ dàng tra cứu."},
               {"kind": "bullet", "text": "Rà soát ấn phẩm, tin, bài đã phát hành bằng tiếng nước ngoài; những khó khăn, vướng mắc và đề xuất."}]},
             {"kind": "item", "title": "Yêu cầu", "children": [
               {"kind": "paragraph", "text": "Hằng năm, các đơn vị xây dựng kế hoạch, tổng hợp kết quả và báo cáo đúng hạn; giữ gìn sự thống nhất, toàn diện và hiệu quả."}]}]},
           {"kind": "section", "title": "TỔ CHỨC THỰC HIỆN", "children": [
             {"kind": "table", "header": ["STT", "Nội dung", "Đơn vị chủ trì"], "rows": [
               ["1", "Xây dựng và ban hành quy chế hoạt động", "Văn phòng"],
               ["2", "Bồi dưỡng nghiệp vụ, kỹ năng ứng xử", "Vụ Tổ chức cán bộ"]]}]}]}]}
      """;

  private RendererWarmUp() {}

  /** The built-in document; it is valid, or the warm-up test says why not. */
  static OfficialDocument document() {
    return new DocumentReader().read(DOCUMENT.getBytes(StandardCharsets.UTF_8));
  }

  /** Renders the built-in document {@code renders} times; returns the milliseconds it took. */
  static long run(DocumentRenderer renderer, int renders) {
    long start = System.nanoTime();
    OfficialDocument document = document();
    byte[] json = DOCUMENT.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < renders; i++) {
      renderer.render(document, json);
    }
    return (System.nanoTime() - start) / 1_000_000;
  }
}
