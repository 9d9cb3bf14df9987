package vn.vanthu.document;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the fields of one JSON object, recording a {@link Violation} with its full path for each
 * field that is missing, of the wrong kind, too long or not allowed, instead of stopping at the
 * first one. Texts come out NFC and trimmed. Documents and leaflets are both read with it.
 */
public final class JsonFields {

  private final JsonNode node;
  private final String path;
  private final List<Violation> violations;

  /** The object at {@code path} ({@code $} for the root); violations are added to the list. */
  public JsonFields(JsonNode node, String path, List<Violation> violations) {
    this.node = node;
    this.path = path;
    this.violations = violations;
  }

  public String path() {
    return path;
  }

  /** Where a field of this object is, as violations name it ({@code panels[0].blocks}). */
  public String pathOf(String field) {
    if (field.isBlank() || !field.strip().equals(field)) {
      return path + "[\"" + field + "\"]"; // a blank key still gets a visible path
    }
    return path.equals("$") ? field : path + "." + field;
  }

  public List<Violation> violations() {
    return violations;
  }

  public void reject(String field, String reason) {
    violations.add(new Violation(pathOf(field), reason));
  }

  /** Whether a violation was already recorded for this field, so that it is not reported twice. */
  public boolean hasViolation(String field) {
    String where = pathOf(field);
    return violations.stream().anyMatch(v -> v.field().equals(where));
  }

  public boolean has(String field) {
    return get(field) != null;
  }

  /** The field's value; null when absent or JSON null. */
  public @Nullable JsonNode get(String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value;
  }

  /** Reports fields that the schema does not know, so that a misspelt field is never ignored. */
  public void rejectUnknown(Set<String> known) {
    node.fieldNames().forEachRemaining(name -> {
      if (!known.contains(name)) {
        reject(name, "is not a known field");
      }
    });
  }

  /** A required string field; "" (and a violation) when it is absent, blank or invalid. */
  public String requiredText(String field, int maxLength) {
    String text = text(field, true, maxLength);
    return text == null ? "" : text;
  }

  /** A string field; null when absent, blank or invalid, and reported when required. */
  public @Nullable String text(String field, boolean required, int maxLength) {
    String text = optionalText(field, maxLength);
    if (text == null && required && !has(field)) {
      reject(field, "is required");
    } else if (text == null && required && !hasViolation(field)) {
      reject(field, "must not be blank");
    }
    return text;
  }

  public @Nullable String optionalText(String field, int maxLength) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      reject(field, "must be a string");
      return null;
    }
    return checkedText(pathOf(field), value.textValue(), maxLength);
  }

  public @Nullable String checkedText(String where, String raw, int maxLength) {
    int forbidden = VietnameseText.firstForbiddenCodePoint(raw);
    if (forbidden >= 0) {
      violations.add(new Violation(where,
          String.format(java.util.Locale.ROOT, "contains the control character U+%04X", forbidden)));
      return null;
    }
    String text = VietnameseText.normalizeOptional(raw);
    if (text != null && text.length() > maxLength) {
      violations.add(new Violation(where, "is too long (" + text.length()
          + " characters; at most " + maxLength + ")"));
      return null;
    }
    return text;
  }

  public @Nullable Integer optionalInteger(String field, int min, int max) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isIntegralNumber()) {
      reject(field, "must be a whole number");
      return null;
    }
    if (!value.canConvertToInt()) {
      reject(field, "must be between " + min + " and " + max + " (was " + value.asText() + ")");
      return null;
    }
    int number = value.intValue();
    if (number < min || number > max) {
      reject(field, "must be between " + min + " and " + max + " (was " + number + ")");
      return null;
    }
    return number;
  }

  /** The strings of an array field, each checked as a text; empty when absent. */
  public List<String> textList(String field, int maxItems, int maxLength) {
    List<String> lines = new ArrayList<>();
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return lines;
    }
    if (!value.isArray()) {
      reject(field, "must be an array of strings");
      return lines;
    }
    if (value.size() > maxItems) {
      reject(field, "has too many entries (" + value.size() + "; at most " + maxItems + ")");
      return lines;
    }
    for (int i = 0; i < value.size(); i++) {
      String where = pathOf(field) + "[" + i + "]";
      JsonNode item = value.get(i);
      if (!item.isTextual()) {
        violations.add(new Violation(where, "must be a string"));
        continue;
      }
      int before = violations.size();
      String text = checkedText(where, item.textValue(), maxLength);
      if (text == null && violations.size() == before) {
        violations.add(new Violation(where, "must not be blank"));
      } else if (text != null) {
        lines.add(text);
      }
    }
    return lines;
  }

  /** A nested object; null when absent (reported when required) or not an object. */
  public @Nullable JsonFields object(String field, boolean required) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        reject(field, "is required");
      }
      return null;
    }
    if (!value.isObject()) {
      reject(field, "must be an object");
      return null;
    }
    return new JsonFields(value, pathOf(field), violations);
  }

  /** The objects of an array field, each with its own path; empty when absent or mistyped. */
  public List<JsonFields> objects(String field, boolean required, int maxItems) {
    List<JsonFields> items = new ArrayList<>();
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
    if (value.size() > maxItems) {
      reject(field, "has too many entries (" + value.size() + "; at most " + maxItems + ")");
      return items;
    }
    for (int i = 0; i < value.size(); i++) {
      String where = pathOf(field) + "[" + i + "]";
      if (value.get(i).isObject()) {
        items.add(new JsonFields(value.get(i), where, violations));
      } else {
        violations.add(new Violation(where, "must be an object"));
      }
    }
    return items;
  }

  public @Nullable JsonNode array(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isArray()) {
      reject(field, "must be an array");
      return null;
    }
    return value;
  }
}
