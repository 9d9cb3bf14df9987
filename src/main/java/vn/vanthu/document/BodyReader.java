package vn.vanthu.document;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a body, a tree of {@link Block}s, and checks that it nests the way ND30 numbers it: a
 * khoản only inside a Điều, a điểm only inside a khoản or a Điều, a Chương only in a Phần.
 */
final class BodyReader {

  static final int MAX_TEXT = 20_000;
  static final int MAX_TITLE = 1_000;
  static final int MAX_DEPTH = 12;
  static final int MAX_BLOCKS = 50_000;

  private static final Map<String, Set<String>> FIELDS = Map.of(
      "part", Set.of("kind", "number", "title", "children"),
      "chapter", Set.of("kind", "number", "title", "children"),
      "section", Set.of("kind", "number", "title", "children"),
      "article", Set.of("kind", "title", "text", "children"),
      "clause", Set.of("kind", "title", "text", "children"),
      "point", Set.of("kind", "text", "children"),
      "item", Set.of("kind", "title", "text", "children"),
      "bullet", Set.of("kind", "text", "children"),
      "paragraph", Set.of("kind", "text"),
      "table", Set.of("kind", "header", "rows"));

  /** Where each kind may stand: the kinds of parent allowed ("" is the top of the body). */
  private static final Map<String, Set<String>> PARENTS = Map.of(
      "part", Set.of(""),
      "chapter", Set.of("", "part"),
      "clause", Set.of("article"),
      "point", Set.of("article", "clause"));

  private final List<Violation> violations;
  private int blocks;

  BodyReader(List<Violation> violations) {
    this.violations = violations;
  }

  List<Block> readBody(JsonFields owner, String field) {
    JsonNode array = owner.array(field);
    if (array == null) {
      if (!owner.has(field)) {
        owner.reject(field, "is required");
      }
      return List.of();
    }
    if (array.isEmpty()) {
      owner.reject(field, "must contain at least one block");
      return List.of();
    }
    return readBlocks(array, owner.pathOf(field), "", 1);
  }

  private List<Block> readBlocks(JsonNode array, String path, String parentKind, int depth) {
    if (depth > MAX_DEPTH) {
      violations.add(new Violation(path, "nests deeper than " + MAX_DEPTH + " levels"));
      return List.of();
    }
    List<Block> result = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      Block block = readBlock(array.get(i), path + "[" + i + "]", parentKind, depth);
      if (block != null) {
        result.add(block);
      }
    }
    return result;
  }

  private @Nullable Block readBlock(JsonNode node, String path, String parentKind, int depth) {
    if (++blocks > MAX_BLOCKS) {
      if (blocks == MAX_BLOCKS + 1) {
        violations.add(new Violation(path, "the body has more than " + MAX_BLOCKS + " blocks"));
      }
      return null;
    }
    if (!node.isObject()) {
      violations.add(new Violation(path, "must be an object with a \"kind\""));
      return null;
    }
    JsonFields fields = new JsonFields(node, path, violations);
    String kind = fields.optionalText("kind", 20);
    if (kind == null) {
      if (!fields.has("kind")) {
        fields.reject("kind", "is required");
      }
      return null;
    }
    if (!FIELDS.containsKey(kind)) {
      fields.reject("kind", "is not a known block kind '" + kind + "'; expected one of "
          + String.join(", ", FIELDS.keySet().stream().sorted().toList()));
      return null;
    }
    fields.rejectUnknown(FIELDS.get(kind));
    Set<String> allowedParents = PARENTS.get(kind);
    if (allowedParents != null && !allowedParents.contains(parentKind)) {
      violations.add(new Violation(path, misplaced(kind, parentKind)));
    }
    return switch (kind) {
      case "part" -> new Block.Part(number(fields), requiredTitle(fields), children(fields, kind, depth));
      case "chapter" -> new Block.Chapter(number(fields), requiredTitle(fields), children(fields, kind, depth));
      case "section" -> new Block.Section(number(fields), requiredTitle(fields), children(fields, kind, depth));
      case "article" -> titled(fields, depth, kind);
      case "clause" -> titled(fields, depth, kind);
      case "item" -> titled(fields, depth, kind);
      case "point" -> new Block.Point(requiredText(fields), children(fields, kind, depth));
      case "bullet" -> new Block.Bullet(requiredText(fields), children(fields, kind, depth));
      case "paragraph" -> new Block.Paragraph(requiredText(fields));
      default -> table(fields);
    };
  }

  private static String misplaced(String kind, String parentKind) {
    String where = parentKind.isEmpty() ? "at the top of the body"
        : (parentKind.matches("[aeiou].*") ? "inside an " : "inside a ") + parentKind;
    return switch (kind) {
      case "clause" -> "a clause (khoản) must stand inside an article (Điều), not " + where;
      case "point" -> "a point (điểm) must stand inside a clause (khoản) or an article, not " + where;
      case "chapter" -> "a chapter (Chương) must stand at the top or inside a part, not " + where;
      default -> "a part (Phần) must stand at the top of the body, not " + where;
    };
  }

  private Block titled(JsonFields fields, int depth, String kind) {
    String title = fields.optionalText("title", MAX_TITLE);
    String text = fields.optionalText("text", MAX_TEXT);
    List<Block> children = children(fields, kind, depth);
    if (title == null && text == null && children.isEmpty() && !fields.hasViolation("title")
        && !fields.hasViolation("text") && !fields.hasViolation("children")) {
      violations.add(new Violation(fields.path(), "needs a title, a text or children"));
    }
    return switch (kind) {
      case "article" -> new Block.Article(title, text, children);
      case "clause" -> new Block.Clause(title, text, children);
      default -> new Block.Item(title, text, children);
    };
  }

  private @Nullable Integer number(JsonFields fields) {
    return fields.optionalInteger("number", 1, 3999);
  }

  private String requiredTitle(JsonFields fields) {
    return fields.requiredText("title", MAX_TITLE);
  }

  private String requiredText(JsonFields fields) {
    return fields.requiredText("text", MAX_TEXT);
  }

  private List<Block> children(JsonFields fields, String kind, int depth) {
    JsonNode array = fields.array("children");
    return array == null ? List.of() : readBlocks(array, fields.pathOf("children"), kind, depth + 1);
  }

  private Block table(JsonFields fields) {
    List<String> header = fields.textList("header", 20, MAX_TITLE);
    List<List<String>> rows = new ArrayList<>();
    JsonNode array = fields.array("rows");
    if ((array == null || array.isEmpty()) && !fields.hasViolation("rows")) {
      fields.reject("rows", "must contain at least one row");
    } else if (array != null) {
      for (int r = 0; r < array.size(); r++) {
        String where = fields.pathOf("rows") + "[" + r + "]";
        JsonNode row = array.get(r);
        List<String> cells = new ArrayList<>();
        if (!row.isArray()) {
          violations.add(new Violation(where, "must be an array of strings"));
          continue;
        }
        for (int c = 0; c < row.size(); c++) {
          JsonNode cell = row.get(c);
          String text = cell.isTextual()
              ? fields.checkedText(where + "[" + c + "]", cell.textValue(), MAX_TEXT) : null;
          if (!cell.isTextual()) {
            violations.add(new Violation(where + "[" + c + "]", "must be a string"));
          }
          cells.add(text == null ? "" : text);
        }
        if (!header.isEmpty() && cells.size() != header.size()) {
          violations.add(new Violation(where, "has " + cells.size() + " cells; the header has "
              + header.size()));
        }
        rows.add(cells);
      }
    }
    return new Block.Table(header, rows);
  }
}
