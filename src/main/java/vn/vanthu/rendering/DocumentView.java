package vn.vanthu.rendering;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything a template prints, already formatted: the templates lay out, Java decides the words.
 *
 * @param template the template to use: {@code decision}, {@code titled} or {@code cong-van}
 * @param metadataTitle the document title for the PDF metadata and the XHTML title
 * @param issuerParent the parent body line (ô 2), or null
 * @param issuerName the issuing body in capitals (ô 2)
 * @param numberLine {@code Số: 813/QĐ-BHXH} (ô 3)
 * @param placeAndDate {@code Hà Nội, ngày 23 tháng 7 năm 2013} (ô 4)
 * @param typeHeading the tên loại in capitals, or null for a công văn (ô 5a)
 * @param subject the trích yếu (ô 5a or 5b)
 * @param competence the competence line of a decision, in capitals, or null
 * @param legalBases the căn cứ with their punctuation
 * @param addressees the Kính gửi lines with their punctuation (ô 9a)
 * @param body the content (ô 6)
 * @param signature the signature block (ô 7)
 * @param recipients the Nơi nhận lines with their dashes and punctuation (ô 9b)
 * @param classification the độ mật stamp, or null (ô 10a)
 * @param urgency the độ khẩn stamp, or null (ô 10b)
 * @param urgencyWidth the width of the độ khẩn stamp in millimetres
 * @param circulation the phạm vi lưu hành box, or null (ô 11)
 * @param contact the address line of page 1, or null (ô 13)
 * @param attachments the documents issued with this one, each on its own pages
 */
public record DocumentView(
    String template,
    String metadataTitle,
    @Nullable String issuerParent,
    String issuerName,
    String numberLine,
    String placeAndDate,
    @Nullable String typeHeading,
    String subject,
    @Nullable String competence,
    List<String> legalBases,
    List<String> addressees,
    List<BlockView> body,
    SignatureView signature,
    List<String> recipients,
    @Nullable String classification,
    @Nullable String urgency,
    int urgencyWidth,
    @Nullable String circulation,
    @Nullable String contact,
    List<AttachmentView> attachments) {

  /** The signature block: the authority line, the signer's post, the name. */
  public record SignatureView(@Nullable String authorityLine, @Nullable String titleLine, String name) {}

  /**
   * A document issued with this one.
   *
   * @param typeHeading its tên loại in capitals, or null for a phụ lục
   * @param appendixLabel {@code Phụ lục}, or {@code Phụ lục II} when there are several; null for
   *     a document with a tên loại
   * @param subject its trích yếu, or the phụ lục's title in capitals
   * @param referenceLine {@code (Kèm theo Quyết định số 813/QĐ-BHXH ngày … của …)}
   * @param body its content
   */
  public record AttachmentView(@Nullable String typeHeading, @Nullable String appendixLabel,
      String subject, String referenceLine, List<BlockView> body) {}
}
