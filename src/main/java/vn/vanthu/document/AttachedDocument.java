package vn.vanthu.document;

import static vn.vanthu.document.VietnameseText.normalize;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A document issued with a decision (Mẫu 1.3): a Kế hoạch, Quy chế … with a header but no number,
 * no place and date, no signature and no nơi nhận; it points back to the decision instead.
 *
 * @param type its tên loại, e.g. {@link DocumentType#KE_HOACH}; null for a phụ lục (ND30 Phụ lục I,
 *     Mục III.1.đ), which has a "Phụ lục" label and a title in capitals instead
 * @param subject its trích yếu, or the title of a phụ lục
 * @param referenceLead how the reference line opens: {@code Kèm theo} (the decree's template) or
 *     {@code Ban hành kèm theo} (common practice)
 * @param issuedBy who issued the decision, in normal case, closing the reference line: {@code của
 *     Tổng Giám đốc Bảo hiểm xã hội Việt Nam}
 * @param body its content
 */
public record AttachedDocument(
    @Nullable DocumentType type, String subject, String referenceLead, String issuedBy,
    List<Block> body) {

  /** The code that marks a phụ lục in JSON input, where a type code would stand. */
  public static final String APPENDIX = "phu-luc";

  public AttachedDocument {
    subject = normalize(subject);
    referenceLead = normalize(referenceLead);
    issuedBy = normalize(issuedBy);
    body = List.copyOf(body);
  }

  /** Whether this is a phụ lục rather than a document with a tên loại. */
  public boolean isAppendix() {
    return type == null;
  }
}
