package vn.vanthu.document;

import static vn.vanthu.document.VietnameseText.normalize;

import java.util.List;
import java.util.Objects;

/**
 * A document issued with a decision (Mẫu 1.3): a Kế hoạch, Quy chế … with a header but no number,
 * no place and date, no signature and no nơi nhận; it points back to the decision instead.
 *
 * @param type its tên loại, e.g. {@link DocumentType#KE_HOACH}
 * @param subject its trích yếu
 * @param referenceLead how the reference line opens: {@code Kèm theo} (the decree's template) or
 *     {@code Ban hành kèm theo} (common practice)
 * @param issuedBy who issued the decision, in normal case, closing the reference line: {@code của
 *     Tổng Giám đốc Bảo hiểm xã hội Việt Nam}
 * @param body its content
 */
public record AttachedDocument(
    DocumentType type, String subject, String referenceLead, String issuedBy, List<Block> body) {

  public AttachedDocument {
    Objects.requireNonNull(type, "type");
    subject = normalize(subject);
    referenceLead = normalize(referenceLead);
    issuedBy = normalize(issuedBy);
    body = List.copyOf(body);
  }
}
