package vn.vanthu.leaflet;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.vanthu.document.VietnameseText;
import vn.vanthu.document.Violation;

/**
 * The fields of one JSON object of a leaflet, read with a {@link Violation} recorded for each
 * missing, mistyped or unknown field instead of stopping at the first.
 */
final class Fields {

  static final int MAX_TEXT = 2_000;

  private final JsonNode node;
  private final String path;
  private final List<Violation> violations;

  Fields(JsonNode node, String path, List<Violation> violations) {
    this.node = node;
    this.path = path;
    this.violations = violations;
  }

  String path() {
    return path;
  }

  String pathOf(String field) {
    return path.equals("$") ? field : path + "." + field;
  }

  List<Violation> violations() {
    return violations;
  }

  void reject(String field, String reason) {
    violations.add(new Violation(pathOf(field), reason));
  }

  boolean has(String field) {
    JsonNode value = node.get(field);
    return value != null && !value.isNull();
  }

  @Nullable JsonNode get(String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value;
  }

  /** Reports fields the format does not know, so that a misspelt field is never ignored. */
  void rejectUnknown(Set<String> known) {
    node.fieldNames().forEachRemaining(name -> {
      if (!known.contains(name)) {
        reject(name, "is not a known field");
      }
    });
  }

  /** A string field, NFC and trimmed; null when absent or blank (and reported when required). */
  @Nullable String text(String field, boolean required) {
    JsonNode value = get(field);
    if (value == null) {
      if (required) {
        reject(field, "is required");
      }
      return null;
    }
    if (!value.isTextual()) {
      reject(field, "must be a string");
      return null;
    }
    int forbidden = VietnameseText.firstForbiddenCodePoint(value.textValue());
    if (forbidden >= 0) {
      reject(field, String.format(Locale.ROOT, "contains the control character U+%04X", forbidden));
      return null;
    }
    String text = VietnameseText.normalizeOptional(value.textValue());
    if (text != null && text.length() > MAX_TEXT) {
      reject(field, "is too long (" + text.length() + " characters; at most " + MAX_TEXT + ")");
      return null;
    }
    if (text == null && required) {
      reject(field, "must not be blank");
    }
    return text;
  }

  /** A nested object; null when absent (and reported when required) or not an object. */
  @Nullable Fields object(String field, boolean required) {
    JsonNode value = get(field);
    if (value == null) {
      if (required) {
        reject(field, "is required");
      }
      return null;
    }
    if (!value.isObject()) {
      reject(field, "must be an object");
      return null;
    }
    return new Fields(value, pathOf(field), violations);
  }

  /** The objects of an array field, each with its own path; empty when absent or mistyped. */
  List<Fields> objects(String field, boolean required, int max) {
    List<Fields> items = new ArrayList<>();
    JsonNode value = get(field);
    if (value == null) {
      if (required) {
        reject(field, "is required");
      }
      return items;
    }
    if (!value.isArray()) {
      reject(field, "must be an array");
      return items;
    }
    if (value.size() > max) {
      reject(field, "has too many entries (" + value.size() + "; at most " + max + ")");
      return items;
    }
    for (int i = 0; i < value.size(); i++) {
      String where = pathOf(field) + "[" + i + "]";
      if (value.get(i).isObject()) {
        items.add(new Fields(value.get(i), where, violations));
      } else {
        violations.add(new Violation(where, "must be an object"));
      }
    }
    return items;
  }

  /** The strings of an array field; empty when absent. */
  List<String> texts(String field) {
    List<String> texts = new ArrayList<>();
    JsonNode value = get(field);
    if (value == null) {
      return texts;
    }
    if (!value.isArray()) {
      reject(field, "must be an array of strings");
      return texts;
    }
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      String text = item.isTextual() ? VietnameseText.normalizeOptional(item.textValue()) : null;
      if (text == null) {
        violations.add(new Violation(pathOf(field) + "[" + i + "]", "must be a non-blank string"));
      } else {
        texts.add(text);
      }
    }
    return texts;
  }

  /**
   * This object's own {@code vi} and {@code en} as a pair. A missing language is the first check
   * a leaflet goes through, reported with the place a reader of the layout would look for it.
   */
  @Nullable Bilingual pair(String place) {
    String vi = text("vi", false);
    String en = text("en", false);
    boolean viBad = hasViolationAt(pathOf("vi"));
    boolean enBad = hasViolationAt(pathOf("en"));
    if (vi == null && en == null && !viBad && !enBad) {
      violations.add(new Violation(path, place + ": the text is missing in both languages"));
    } else if (vi == null && !viBad) {
      reject("vi", place + ": the Vietnamese text is missing");
    } else if (en == null && !enBad) {
      reject("en", place + ": the English text is missing");
    }
    return vi == null || en == null ? null : new Bilingual(vi, en);
  }

  /**
   * A field holding a {@code {"vi": …, "en": …}} pair, or, where {@code sameAllowed}, one string
   * that reads the same in both languages (a telephone number, {@code 8 %}).
   */
  @Nullable Bilingual bilingual(String field, String place, boolean required, boolean sameAllowed) {
    JsonNode value = get(field);
    if (value == null) {
      if (required) {
        reject(field, place + ": the text is missing in both languages");
      }
      return null;
    }
    if (value.isTextual() && sameAllowed) {
      String text = text(field, true);
      return text == null ? null : Bilingual.same(text);
    }
    if (value.isTextual()) {
      reject(field, place + ": must give the text in both languages, as {\"vi\": …, \"en\": …}");
      return null;
    }
    Fields pair = object(field, false);
    if (pair == null) {
      return null;
    }
    pair.rejectUnknown(Set.of("vi", "en"));
    return pair.pair(place);
  }

  private boolean hasViolationAt(String where) {
    return violations.stream().anyMatch(v -> v.field().equals(where));
  }
}
