package vn.vanthu.archive.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.vanthu.document.DocumentType;
import vn.vanthu.document.VietnameseText;

/**
 * The kind of an archived document: one of the administrative types the project issues
 * ({@link DocumentType}), or a legal-normative kind (Luật, Nghị định, Thông tư, Văn bản hợp nhất…)
 * that old documents in the archive are, but that ND30 does not let an agency issue.
 *
 * @param displayName the Vietnamese name in normal case, e.g. {@code Thông tư}
 * @param abbreviation the abbreviation used in the ký hiệu, e.g. {@code TT}; null if none
 * @param administrative the matching administrative type; null for a legal-normative kind
 */
public record DocumentKind(String displayName, @Nullable String abbreviation,
    @Nullable DocumentType administrative) {

  /** Hiến pháp. */
  public static final DocumentKind HIEN_PHAP = new DocumentKind("Hiến pháp", null, null);
  /** Bộ luật. */
  public static final DocumentKind BO_LUAT = new DocumentKind("Bộ luật", null, null);
  /** Luật. */
  public static final DocumentKind LUAT = new DocumentKind("Luật", null, null);
  /** Pháp lệnh. */
  public static final DocumentKind PHAP_LENH = new DocumentKind("Pháp lệnh", null, null);
  /** Lệnh (of the President). */
  public static final DocumentKind LENH = new DocumentKind("Lệnh", "L", null);
  /** Nghị định. */
  public static final DocumentKind NGHI_DINH = new DocumentKind("Nghị định", "NĐ", null);
  /** Thông tư. */
  public static final DocumentKind THONG_TU = new DocumentKind("Thông tư", "TT", null);
  /** Thông tư liên tịch. */
  public static final DocumentKind THONG_TU_LIEN_TICH =
      new DocumentKind("Thông tư liên tịch", "TTLT", null);
  /** Nghị quyết liên tịch. */
  public static final DocumentKind NGHI_QUYET_LIEN_TICH =
      new DocumentKind("Nghị quyết liên tịch", "NQLT", null);
  /** Văn bản hợp nhất: a consolidation, numbered on its own (…/VBHN-…). */
  public static final DocumentKind VAN_BAN_HOP_NHAT =
      new DocumentKind("Văn bản hợp nhất", "VBHN", null);

  private static final List<DocumentKind> LEGAL = List.of(HIEN_PHAP, BO_LUAT, LUAT, PHAP_LENH, LENH,
      NGHI_DINH, THONG_TU, THONG_TU_LIEN_TICH, NGHI_QUYET_LIEN_TICH, VAN_BAN_HOP_NHAT);

  /** The kind of an administrative type. */
  public static DocumentKind of(DocumentType type) {
    return new DocumentKind(type.displayName(), type.abbreviation().orElse(null), type);
  }

  /** Every kind known: the legal-normative kinds, then the administrative types. */
  public static List<DocumentKind> all() {
    List<DocumentKind> all = new ArrayList<>(LEGAL);
    for (DocumentType type : DocumentType.values()) {
      all.add(of(type));
    }
    return List.copyOf(all);
  }

  /** The kind named {@code name} in any case ("THÔNG TƯ", "Thông tư") or by code ("quyet-dinh"). */
  public static Optional<DocumentKind> fromName(String name) {
    String wanted = Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
        .toLowerCase(VietnameseText.LOCALE);
    for (DocumentKind kind : all()) {
      if (kind.displayName().toLowerCase(VietnameseText.LOCALE).equals(wanted)
          || (kind.administrative() != null && kind.administrative().code().equals(wanted))) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** The kind whose ký hiệu abbreviation is exactly {@code abbreviation} (HĐ is not HD). */
  public static Optional<DocumentKind> fromAbbreviation(String abbreviation) {
    return all().stream().filter(k -> abbreviation.equals(k.abbreviation())).findFirst();
  }

  /** The tên loại line in capitals, e.g. {@code THÔNG TƯ}. */
  public String heading() {
    return displayName.toUpperCase(VietnameseText.LOCALE);
  }

  @Override
  public String toString() {
    return displayName;
  }
}
