package vn.vanthu.archive;

import java.nio.charset.StandardCharsets;

/** Small draft documents for issuing tests. */
final class Drafts {

  private Drafts() {}

  /** A one-paragraph công văn draft of BHXH, with a marker to tell copies apart. */
  static byte[] congVan(String marker) {
    return congVan(marker, null);
  }

  /** The same, optionally secret ({@code mat}). */
  static byte[] congVan(String marker, String classification) {
    String secret = classification == null ? "" : "\"classification\": \"" + classification + "\",";
    return ("""
        {
          "issuer": {"name": "Bảo hiểm xã hội Việt Nam", "abbreviation": "BHXH"},
          "type": "cong-van", "unit": "HTQT", %s
          "place": "Hà Nội",
          "subject": "V/v thử nghiệm cấp số %s",
          "addressees": ["Vụ Hợp tác quốc tế"],
          "body": [{"kind": "paragraph", "text": "Nội dung thử nghiệm %s."}],
          "signature": {"title": "Tổng Giám đốc", "name": "Nguyễn Văn A"},
          "recipients": ["Như trên"],
          "filing": "VT, HTQT"
        }""").formatted(secret, marker, marker).getBytes(StandardCharsets.UTF_8);
  }
}
