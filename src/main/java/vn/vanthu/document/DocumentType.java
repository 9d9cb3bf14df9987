package vn.vanthu.document;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The kinds of administrative document of Nghị định 30/2020/NĐ-CP, Phụ lục III, plus the công văn. */
public enum DocumentType {
  NGHI_QUYET("NQ", "Nghị quyết"),
  QUYET_DINH("QĐ", "Quyết định"),
  CHI_THI("CT", "Chỉ thị"),
  QUY_CHE("QC", "Quy chế"),
  QUY_DINH("QyĐ", "Quy định"),
  THONG_CAO("TC", "Thông cáo"),
  THONG_BAO("TB", "Thông báo"),
  HUONG_DAN("HD", "Hướng dẫn"),
  CHUONG_TRINH("CTr", "Chương trình"),
  KE_HOACH("KH", "Kế hoạch"),
  PHUONG_AN("PA", "Phương án"),
  DE_AN("ĐA", "Đề án"),
  DU_AN("DA", "Dự án"),
  BAO_CAO("BC", "Báo cáo"),
  BIEN_BAN("BB", "Biên bản"),
  TO_TRINH("TTr", "Tờ trình"),
  HOP_DONG("HĐ", "Hợp đồng"),
  CONG_DIEN("CĐ", "Công điện"),
  BAN_GHI_NHO("BGN", "Bản ghi nhớ"),
  BAN_THOA_THUAN("BTT", "Bản thỏa thuận"),
  GIAY_UY_QUYEN("GUQ", "Giấy ủy quyền"),
  GIAY_MOI("GM", "Giấy mời"),
  GIAY_GIOI_THIEU("GGT", "Giấy giới thiệu"),
  GIAY_NGHI_PHEP("GNP", "Giấy nghỉ phép"),
  PHIEU_GUI("PG", "Phiếu gửi"),
  PHIEU_CHUYEN("PC", "Phiếu chuyển"),
  PHIEU_BAO("PB", "Phiếu báo"),
  /** A công văn has no tên loại line and no type abbreviation (ND30 Phụ lục III, Mục I). */
  CONG_VAN(null, "Công văn");

  private final @Nullable String abbreviation;
  private final String displayName;

  DocumentType(@Nullable String abbreviation, String displayName) {
    this.abbreviation = abbreviation;
    this.displayName = displayName;
  }

  /** The code used in JSON input, e.g. {@code quyet-dinh}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The ND30 abbreviation used in the ký hiệu, e.g. {@code QĐ}; empty for a công văn. */
  public Optional<String> abbreviation() {
    return Optional.ofNullable(abbreviation);
  }

  /** The name in normal case, e.g. {@code Quyết định}. */
  public String displayName() {
    return displayName;
  }

  /** The tên loại line in capitals, e.g. {@code QUYẾT ĐỊNH}. */
  public String heading() {
    return displayName.toUpperCase(VietnameseText.LOCALE);
  }

  /** Whether the document carries a tên loại line (every type but the công văn). */
  public boolean hasHeading() {
    return this != CONG_VAN;
  }

  /** Finds the type for a JSON code. */
  public static Optional<DocumentType> fromCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
  }
}
