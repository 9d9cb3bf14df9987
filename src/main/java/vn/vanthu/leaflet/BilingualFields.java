package vn.vanthu.leaflet;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.vanthu.document.JsonFields;
import vn.vanthu.document.Violation;

/** What a leaflet reads beyond plain fields: texts given in both languages. */
final class BilingualFields {

  /** The longest text of one field of a leaflet. */
  static final int MAX_TEXT = 2_000;

  private BilingualFields() {}

  /** A string field of a leaflet; null when absent, blank or invalid (reported when required). */
  static @Nullable String text(JsonFields fields, String field, boolean required) {
    return fields.text(field, required, MAX_TEXT);
  }

  /**
   * The object's own {@code vi} and {@code en} as a pair. A missing language is the first check
   * a leaflet goes through, reported with the place a reader of the layout would look for it.
   */
  static @Nullable Bilingual pair(JsonFields fields, String place) {
    String vi = text(fields, "vi", false);
    String en = text(fields, "en", false);
    boolean viBad = fields.hasViolation("vi");
    boolean enBad = fields.hasViolation("en");
    if (vi == null && en == null && !viBad && !enBad) {
      fields.violations().add(new Violation(fields.path(),
          place + ": the text is missing in both languages"));
    } else if (vi == null && !viBad) {
      fields.reject("vi", place + ": the Vietnamese text is missing");
    } else if (en == null && !enBad) {
      fields.reject("en", place + ": the English text is missing");
    }
    return vi == null || en == null ? null : new Bilingual(vi, en);
  }

  /**
   * A field holding a {@code {"vi": …, "en": …}} pair, or, where {@code sameAllowed}, one string
   * that reads the same in both languages (a telephone number, {@code 8 %}).
   */
  static @Nullable Bilingual bilingual(JsonFields fields, String field, String place,
      boolean required, boolean sameAllowed) {
    JsonNode value = fields.get(field);
    if (value == null) {
      if (required) {
        fields.reject(field, place + ": the text is missing in both languages");
      }
      return null;
    }
    if (value.isTextual() && sameAllowed) {
      String text = text(fields, field, true);
      return text == null ? null : Bilingual.same(text);
    }
    if (value.isTextual()) {
      fields.reject(field,
          place + ": must give the text in both languages, as {\"vi\": …, \"en\": …}");
      return null;
    }
    JsonFields pair = fields.object(field, false);
    if (pair == null) {
      return null;
    }
    pair.rejectUnknown(Set.of("vi", "en"));
    return pair(pair, place);
  }
}
