package vn.vanthu.web.ui;

import java.util.List;
import java.util.Set;
import vn.vanthu.document.DocumentType;

/**
 * Which parts of the compose form a document type uses: a decision has thẩm quyền and căn cứ and
 * is written in Điều; a công văn, tờ trình or báo cáo is addressed (Kính gửi); only a công văn
 * cannot carry attached documents.
 *
 * @param legalBases whether the type has the thẩm quyền line and căn cứ
 * @param addressees whether it has Kính gửi
 * @param attachments whether documents may be issued with it
 * @param firstBlock the kind of block a new body starts with
 */
record TypeProfile(boolean legalBases, boolean addressees, boolean attachments,
    String firstBlock) {

  /** The types offered first, the ones a records office issues every day. */
  static final List<DocumentType> COMMON = List.of(DocumentType.QUYET_DINH,
      DocumentType.KE_HOACH, DocumentType.BAO_CAO, DocumentType.THONG_BAO, DocumentType.TO_TRINH,
      DocumentType.CONG_VAN);

  private static final Set<DocumentType> ENACTING = Set.of(DocumentType.NGHI_QUYET,
      DocumentType.QUYET_DINH, DocumentType.CHI_THI, DocumentType.QUY_CHE, DocumentType.QUY_DINH);
  private static final Set<DocumentType> ADDRESSED = Set.of(DocumentType.CONG_VAN,
      DocumentType.TO_TRINH, DocumentType.BAO_CAO, DocumentType.GIAY_MOI,
      DocumentType.GIAY_GIOI_THIEU, DocumentType.CONG_DIEN);

  /** The profile of a type code; an unknown code shows every field. */
  static TypeProfile of(String code) {
    return DocumentType.fromCode(code).map(TypeProfile::of)
        .orElse(new TypeProfile(true, true, true, "paragraph"));
  }

  static TypeProfile of(DocumentType type) {
    boolean enacting = ENACTING.contains(type);
    return new TypeProfile(enacting, ADDRESSED.contains(type), type != DocumentType.CONG_VAN,
        enacting ? "article" : type == DocumentType.CONG_VAN ? "paragraph" : "section");
  }

  /** The other types, after the common ones. */
  static List<DocumentType> others() {
    return java.util.Arrays.stream(DocumentType.values()).filter(t -> !COMMON.contains(t)).toList();
  }
}
