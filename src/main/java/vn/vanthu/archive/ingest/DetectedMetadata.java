package vn.vanthu.archive.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vanthu.document.Classification;
import vn.vanthu.document.VietnameseText;

/**
 * The metadata of one document as detected in its text, each field with its confidence; a person
 * (or the input itself) can then correct or declare any field.
 *
 * @param number số và ký hiệu as written, Ð normalised to Đ, e.g. {@code 813/QĐ-BHXH}
 * @param type tên loại
 * @param date date of issue
 * @param place địa danh of the date line, e.g. {@code Hà Nội}
 * @param issuer the issuing body as named in the header (its parent body left out)
 * @param title trích yếu as written (capitals kept), without a công văn's "V/v"
 * @param signer the name under the signature title
 * @param classification độ mật; null when the document carries no secrecy stamp
 */
public record DetectedMetadata(
    Detected<String> number,
    Detected<DocumentKind> type,
    Detected<LocalDate> date,
    Detected<String> place,
    Detected<String> issuer,
    Detected<String> title,
    Detected<String> signer,
    Detected<Classification> classification) {

  /** Nothing detected. */
  public static DetectedMetadata empty() {
    return new DetectedMetadata(Detected.absent(), Detected.absent(), Detected.absent(),
        Detected.absent(), Detected.absent(), Detected.absent(), Detected.absent(),
        Detected.absent());
  }

  /** The value and confidence of {@code field}. */
  public Detected<?> get(MetadataField field) {
    return switch (field) {
      case NUMBER -> number;
      case TYPE -> type;
      case DATE -> date;
      case PLACE -> place;
      case ISSUER -> issuer;
      case TITLE -> title;
      case SIGNER -> signer;
      case CLASSIFICATION -> classification;
    };
  }

  /**
   * A copy with {@code field} set by a person to {@code value} (null or blank clears it), given as
   * text: a date as yyyy-mm-dd, a type by its Vietnamese name or code, a classification by its
   * code or stamp ("mat", "TỐI MẬT").
   *
   * @throws IllegalArgumentException when the text is not a valid value of the field
   */
  public DetectedMetadata corrected(MetadataField field, @Nullable String value) {
    return with(field, value, Detected.Origin.CORRECTED);
  }

  /** As {@link #corrected}, for a value given with the input (origin DECLARED). */
  public DetectedMetadata declared(MetadataField field, @Nullable String value) {
    return with(field, value, Detected.Origin.DECLARED);
  }

  private DetectedMetadata with(
      MetadataField field, @Nullable String text, Detected.Origin origin) {
    String value = text == null ? null : VietnameseText.normalizeOptional(text);
    Detected<String> string = new Detected<>(value, 1, origin);
    return switch (field) {
      case NUMBER -> new DetectedMetadata(
          new Detected<>(value == null ? null : normalizeNumber(value), 1, origin), type, date,
          place, issuer, title, signer, classification);
      case TYPE -> new DetectedMetadata(number, new Detected<>(value == null ? null
          : DocumentKind.fromName(value).orElseThrow(
              () -> new IllegalArgumentException("unknown document type: " + text)), 1, origin),
          date, place, issuer, title, signer, classification);
      case DATE -> new DetectedMetadata(number, type,
          new Detected<>(value == null ? null : parseDate(value), 1, origin), place, issuer, title,
          signer, classification);
      case PLACE -> new DetectedMetadata(number, type, date, string, issuer, title, signer,
          classification);
      case ISSUER -> new DetectedMetadata(number, type, date, place, string, title, signer,
          classification);
      case TITLE -> new DetectedMetadata(number, type, date, place, issuer, string, signer,
          classification);
      case SIGNER -> new DetectedMetadata(number, type, date, place, issuer, title, string,
          classification);
      case CLASSIFICATION -> new DetectedMetadata(number, type, date, place, issuer, title, signer,
          new Detected<>(value == null ? null : parseClassification(value), 1, origin));
    };
  }

  /**
   * The fields as JSON-ready values in a fixed order: number, type (Vietnamese name), date
   * (yyyy-mm-dd), place, issuer, title, signer, classification (code, e.g. {@code toi-mat}), then
   * {@code confidence}: each field's confidence rounded to two decimals. Absent values are null.
   */
  public Map<String, Object> toJsonMap() {
    Map<String, Object> json = new LinkedHashMap<>();
    Map<String, Object> confidence = new LinkedHashMap<>();
    for (MetadataField field : MetadataField.values()) {
      Detected<?> detected = get(field);
      Object value = detected.value();
      if (value instanceof DocumentKind kind) {
        value = kind.displayName();
      } else if (value instanceof LocalDate day) {
        value = day.toString();
      } else if (value instanceof Classification level) {
        value = level.code();
      }
      json.put(field.jsonName(), value);
      confidence.put(field.jsonName(), Math.round(detected.confidence() * 100) / 100.0);
    }
    json.put("confidence", confidence);
    return json;
  }

  /** A number as stored: NFC, Đ for the look-alike Ð, no spaces ("9476 /BNNMT" → "9476/BNNMT"). */
  public static String normalizeNumber(String number) {
    return TextCleaner.normalizeCharacters(number).replaceAll("\\s+", "");
  }

  private static LocalDate parseDate(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a valid yyyy-mm-dd date: " + value, e);
    }
  }

  private static Classification parseClassification(String value) {
    String upper = value.toUpperCase(VietnameseText.LOCALE);
    return Classification.fromCode(value.toLowerCase(Locale.ROOT))
        .or(() -> Arrays.stream(Classification.values())
            .filter(c -> c.stamp().equals(upper)).findFirst())
        .orElseThrow(() -> new IllegalArgumentException("unknown classification: " + value));
  }
}
