package vn.vanthu.archive.ingest;

import java.util.Arrays;
import java.util.Optional;

/** The metadata fields ingest detects, with their JSON names. */
public enum MetadataField {
  /** Số và ký hiệu as written, e.g. {@code 813/QĐ-BHXH}. */
  NUMBER("number"),
  /** Tên loại, e.g. Quyết định. */
  TYPE("type"),
  /** Date of issue. */
  DATE("date"),
  /** Địa danh of the date line. */
  PLACE("place"),
  /** The issuing body as named in the header. */
  ISSUER("issuer"),
  /** Trích yếu. */
  TITLE("title"),
  /** The name under the signature. */
  SIGNER("signer"),
  /** Độ mật. */
  CLASSIFICATION("classification");

  private final String jsonName;

  MetadataField(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The key in JSON, e.g. {@code number}. */
  public String jsonName() {
    return jsonName;
  }

  /** The field with JSON name {@code name}. */
  public static Optional<MetadataField> fromJsonName(String name) {
    return Arrays.stream(values()).filter(f -> f.jsonName.equals(name)).findFirst();
  }
}
