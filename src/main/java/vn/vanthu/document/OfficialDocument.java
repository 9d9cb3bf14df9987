package vn.vanthu.document;

import static vn.vanthu.document.VietnameseText.normalize;
import static vn.vanthu.document.VietnameseText.normalizeOptional;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An administrative document in the format of Nghị định 30/2020/NĐ-CP, as a clerk composes it.
 *
 * <p>A document without a number is a draft: it renders with a blank number ({@code Số: /QĐ-BHXH})
 * and, if it has no date yet, a blank date.
 *
 * @param issuer the issuing body (ô 2)
 * @param type the tên loại
 * @param number the number in the register, from 1; null for a draft
 * @param symbol the ký hiệu after the slash, e.g. {@code QĐ-BHXH} or, for a công văn, {@code
 *     BHXH-HTQT}
 * @param place the địa danh (ô 4)
 * @param date the date of issue; null only for a draft
 * @param subject the trích yếu (ô 5a, or 5b for a công văn)
 * @param competence the competence line of a decision, e.g. {@code TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI
 *     VIỆT NAM}; may be null
 * @param legalBases the căn cứ, one per line, without their closing punctuation
 * @param addressees the Kính gửi list (ô 9a); empty when the document has none
 * @param body the content (ô 6)
 * @param signature the signature block (ô 7)
 * @param recipients the Nơi nhận list without the final Lưu line (ô 9b)
 * @param filing what follows {@code Lưu:} on the last line, e.g. {@code VT, HTQT}
 * @param classification độ mật (ô 10a); null when not secret
 * @param urgency độ khẩn (ô 10b); null when not urgent
 * @param circulation chỉ dẫn phạm vi lưu hành (ô 11), e.g. {@code LƯU HÀNH NỘI BỘ}; may be null
 * @param contact the address, telephone, e-mail and website line (ô 13); may be null
 * @param attachments the documents issued with it (Mẫu 1.3)
 * @param relations the issued documents this one amends, replaces or revokes
 */
public record OfficialDocument(
    Issuer issuer,
    DocumentType type,
    @Nullable Integer number,
    String symbol,
    String place,
    @Nullable LocalDate date,
    String subject,
    @Nullable String competence,
    List<String> legalBases,
    List<String> addressees,
    List<Block> body,
    Signature signature,
    List<String> recipients,
    String filing,
    @Nullable Classification classification,
    @Nullable Urgency urgency,
    @Nullable String circulation,
    @Nullable String contact,
    List<AttachedDocument> attachments,
    List<Relation> relations) {

  public OfficialDocument {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(signature, "signature");
    if (number != null && number < 1) {
      throw new IllegalArgumentException("number must be at least 1");
    }
    if (number != null && date == null) {
      throw new IllegalArgumentException("a numbered document needs a date");
    }
    symbol = normalize(symbol);
    place = normalize(place);
    subject = normalize(subject);
    competence = normalizeOptional(competence);
    legalBases = VietnameseText.normalizeAll(legalBases);
    addressees = VietnameseText.normalizeAll(addressees);
    body = List.copyOf(body);
    recipients = VietnameseText.normalizeAll(recipients);
    filing = normalize(filing);
    circulation = normalizeOptional(circulation);
    contact = normalizeOptional(contact);
    attachments = List.copyOf(attachments);
    relations = List.copyOf(relations);
  }

  /** Whether this is a draft, i.e. has no number yet. */
  public boolean isDraft() {
    return number == null;
  }

  /** This document with the number and date the register assigned. */
  public OfficialDocument issued(int assignedNumber, LocalDate issueDate) {
    return new OfficialDocument(issuer, type, assignedNumber, symbol, place, issueDate, subject,
        competence, legalBases, addressees, body, signature, recipients, filing, classification,
        urgency, circulation, contact, attachments, relations);
  }
}
