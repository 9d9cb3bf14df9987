package vn.vanthu.document;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the fields of one JSON object, recording a {@link Violation} with its full path for each
 * field that is missing, of the wrong kind, too long or not allowed, instead of stopping at the
 * first one.
 */
final class JsonFields {

  private final JsonNode node;
  private final String path;
  private final List<Violation> violations;

  JsonFields(JsonNode node, String path, List<Violation> violations) {
    this.node = node;
    this.path = path;
    this.violations = violations;
  }

  String path() {
    return path;
  }

  String pathOf(String field) {
    if (field.isBlank() || !field.strip().equals(field)) {
      return path + "[\"" + field + "\"]"; // a blank key still gets a visible path
    }
    return path.equals("$") ? field : path + "." + field;
  }

  void reject(String field, String reason) {
    violations.add(new Violation(pathOf(field), reason));
  }

  /** Whether a violation was already recorded for this field, so that it is not reported twice. */
  boolean hasViolation(String field) {
    String where = pathOf(field);
    return violations.stream().anyMatch(v -> v.field().equals(where));
  }

  boolean has(String field) {
    JsonNode value = node.get(field);
    return value != null && !value.isNull();
  }

  /** Reports fields that the schema does not know, so that a misspelt field is never ignored. */
  void rejectUnknown(Set<String> known) {
    node.fieldNames().forEachRemaining(name -> {
      if (!known.contains(name)) {
        reject(name, "is not a known field");
      }
    });
  }

  String requiredText(String field, int maxLength) {
    String text = optionalText(field, maxLength);
    if (text == null && !has(field)) {
      reject(field, "is required");
    } else if (text == null && !hasViolation(field)) {
      reject(field, "must not be blank");
    }
    return text == null ? "" : text;
  }

  @Nullable String optionalText(String field, int maxLength) {
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

  @Nullable String checkedText(String where, String raw, int maxLength) {
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

  @Nullable Integer optionalInteger(String field, int min, int max) {
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

  List<String> textList(String field, int maxItems, int maxLength) {
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

  @Nullable JsonFields object(String field, boolean required) {
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

  @Nullable JsonNode array(String field) {
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
