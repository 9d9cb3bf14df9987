package vn.vanthu.web.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.vanthu.leaflet.Layout;

/**
 * The side-by-side editor of a leaflet, generated from its JSON tree: one row per text, the
 * Vietnamese beside the English, each named by its path in the JSON ({@code panels[1].blocks[0]
 * .vi}), the same path the leaflet reader names a violation with. Posting the rows back writes each
 * text at its path; anything the form does not show (a picture's width, the glossary) stays as the
 * JSON had it.
 */
public record LeafletForm(String layout, String languages, List<Row> head, List<PanelForm> panels) {

  /** The prefix of a text field's request parameter, before its JSON path. */
  static final String PARAM = "f:";

  /**
   * One editable text: a pair (two columns, the paths {@code key.vi} and {@code key.en}) or one
   * value that reads the same in both languages (a telephone number, a file name).
   *
   * @param label the message key of its label; {@code number}, from 1, is its argument
   */
  public record Row(String key, String label, int number, boolean pair, boolean multiline,
      @Nullable String vi, @Nullable String en, @Nullable String value) {

    public String viKey() {
      return key + ".vi";
    }

    public String enKey() {
      return key + ".en";
    }

    public String id() {
      return LeafletForm.id(key);
    }

    public String viId() {
      return LeafletForm.id(viKey());
    }

    public String enId() {
      return LeafletForm.id(enKey());
    }

    Row numbered(int n) {
      return new Row(key, label, n, pair, multiline, vi, en, value);
    }
  }

  /** A block of a panel and its rows; {@code kind} is the JSON's type. */
  public record BlockForm(String key, int number, String kind, List<Row> rows) {
    public String id() {
      return LeafletForm.id(key);
    }
  }

  /**
   * A panel (a page in a booklet).
   *
   * @param role the message key suffix of its place in the fold, or null for an inside page
   */
  public record PanelForm(String key, String unit, int number, @Nullable String role,
      List<BlockForm> blocks) {
    public String id() {
      return LeafletForm.id(key);
    }
  }

  /** The HTML id of a JSON path: {@code panels[1].blocks[0].en} is {@code panels-1-blocks-0-en}. */
  static String id(String key) {
    return key.replace("]", "").replace('[', '-').replace('.', '-');
  }

  /** Every path the form shows, the places a violation can be put beside. */
  java.util.Set<String> anchors() {
    java.util.Set<String> anchors = new java.util.HashSet<>();
    List<Row> rows = new ArrayList<>(head);
    for (PanelForm panel : panels) {
      anchors.add(panel.key());
      for (BlockForm block : panel.blocks()) {
        anchors.add(block.key());
        rows.addAll(block.rows());
      }
    }
    for (Row row : rows) {
      anchors.add(row.key());
      if (row.pair()) {
        anchors.add(row.viKey());
        anchors.add(row.enKey());
      }
    }
    return anchors;
  }

  /** The form of a leaflet's JSON tree; unknown or mistyped parts are left to the raw JSON. */
  static LeafletForm of(JsonNode root) {
    List<Row> head = new ArrayList<>();
    head.add(pair(root, "title", "leaflet.field.title", 0, false));
    head.add(pair(root, "subtitle", "leaflet.field.subtitle", 0, true));
    head.add(pair(root, "publisher", "leaflet.field.publisher", 0, false));
    String layout = root.path("layout").asText("");
    Layout known = Layout.fromCode(layout).orElse(null);
    String field = known != null ? known.unit() + "s" : root.has("pages") ? "pages" : "panels";
    String unit = field.substring(0, field.length() - 1);
    List<PanelForm> panels = new ArrayList<>();
    JsonNode items = root.path(field);
    for (int p = 0; p < items.size(); p++) {
      String key = field + "[" + p + "]";
      List<BlockForm> blocks = new ArrayList<>();
      JsonNode blockNodes = items.get(p).path("blocks");
      for (int b = 0; b < blockNodes.size(); b++) {
        blocks.add(block(blockNodes.get(b), key + ".blocks[" + b + "]", b + 1));
      }
      panels.add(new PanelForm(key, unit, p + 1, role(known, p + 1, items.size()), blocks));
    }
    return new LeafletForm(layout, root.path("languages").asText(""), head, panels);
  }

  private static BlockForm block(JsonNode block, String key, int number) {
    String kind = block.path("type").asText("");
    List<Row> rows = new ArrayList<>();
    switch (kind) {
      case "heading" -> rows.add(own(block, key, "leaflet.field.heading", false));
      case "paragraph" -> rows.add(own(block, key, "leaflet.field.paragraph", true));
      case "list" -> {
        JsonNode items = block.path("items");
        for (int i = 0; i < items.size(); i++) {
          rows.add(own(items.get(i), key + ".items[" + i + "]", "leaflet.field.item", true)
              .numbered(i + 1));
        }
      }
      case "facts" -> {
        rows.add(pair(block, key, "title", "leaflet.field.factsTitle", 0, false));
        JsonNode items = block.path("items");
        for (int i = 0; i < items.size(); i++) {
          String item = key + ".items[" + i + "]";
          JsonNode value = items.get(i).path("value");
          rows.add(value.isObject()
              ? pair(items.get(i), item, "value", "leaflet.field.factValue", i + 1, false)
              : single(items.get(i), item, "value", "leaflet.field.factValue", i + 1));
          rows.add(pair(items.get(i), item, "label", "leaflet.field.factLabel", i + 1, true));
        }
      }
      case "contact" -> {
        rows.add(pair(block, key, "name", "leaflet.field.contactName", 0, false));
        rows.add(pair(block, key, "address", "leaflet.field.address", 0, true));
        rows.add(single(block, key, "phone", "leaflet.field.phone", 0));
        rows.add(single(block, key, "email", "leaflet.field.email", 0));
        rows.add(single(block, key, "web", "leaflet.field.web", 0));
      }
      case "image" -> {
        rows.add(single(block, key, "file", "leaflet.field.file", 0));
        rows.add(pair(block, key, "caption", "leaflet.field.caption", 0, true));
        rows.add(pair(block, key, "alt", "leaflet.field.alt", 0, true));
      }
      default -> { } // an unknown type: edited in the raw JSON, reported by the reader
    }
    return new BlockForm(key, number, kind, rows);
  }

  /** Writes the posted texts into the JSON at their paths and sets the layout and arrangement. */
  static void apply(ObjectNode root, Map<String, String> params) {
    params.forEach((name, value) -> {
      if (name.startsWith(PARAM)) {
        write(root, name.substring(PARAM.length()), value.replace("\r\n", "\n"));
      }
    });
    String languages = params.get("languages");
    if (languages != null && !languages.isBlank()) {
      root.put("languages", languages);
    }
    String layout = params.get("layout");
    if (layout != null && !layout.isBlank()) {
      root.put("layout", layout);
      // A booklet has pages, a folded leaflet panels: switching layout renames the array.
      Layout.fromCode(layout).ifPresent(l -> {
        String field = l.unit() + "s";
        String other = field.equals("pages") ? "panels" : "pages";
        if (!root.has(field) && root.has(other)) {
          root.set(field, root.remove(other));
        }
      });
    }
  }

  private static final Pattern PATH =
      Pattern.compile("[a-zA-Z]+(\\[\\d{1,4}\\])*(\\.[a-zA-Z]+(\\[\\d{1,4}\\])*)*");
  private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d{1,4})\\]");

  /**
   * Sets one text; a blank one is removed, and so is a pair left empty, so that the reader says
   * which language is missing. A path into nothing (an index past the end) is ignored.
   */
  static void write(ObjectNode root, String path, String value) {
    if (!PATH.matcher(path).matches()) {
      return;
    }
    List<Object> segments = new ArrayList<>();
    Matcher matcher = SEGMENT.matcher(path);
    while (matcher.find()) {
      segments.add(matcher.group(1) != null ? matcher.group(1) : Integer.parseInt(matcher.group(2)));
    }
    if (!(segments.getLast() instanceof String last)) {
      return;
    }
    boolean blank = value.isBlank();
    JsonNode node = root;
    ObjectNode grandparent = null;
    String parentName = null;
    for (int i = 0; i < segments.size() - 1; i++) {
      Object segment = segments.get(i);
      if (segment instanceof String name && node instanceof ObjectNode object) {
        JsonNode child = object.get(name);
        if (child == null || child.isNull() || (child.isTextual() && !blank)) {
          if (blank) {
            return;
          }
          child = object.putObject(name);
        }
        grandparent = object;
        parentName = name;
        node = child;
      } else if (segment instanceof Integer index && node instanceof ArrayNode array
          && index < array.size()) {
        grandparent = null;
        node = array.get(index);
      } else {
        return;
      }
    }
    if (!(node instanceof ObjectNode parent)) {
      return;
    }
    if (!blank) {
      parent.put(last, value);
      return;
    }
    parent.remove(last);
    if (parent.isEmpty() && grandparent != null && parentName != null) {
      grandparent.remove(parentName);
    }
  }

  private static Row own(JsonNode node, String key, String label, boolean multiline) {
    return new Row(key, label, 0, true, multiline, text(node.get("vi")), text(node.get("en")),
        null);
  }

  private static Row pair(JsonNode node, String field, String label, int number,
      boolean multiline) {
    return pair(node, null, field, label, number, multiline);
  }

  private static Row pair(JsonNode node, @Nullable String parent, String field, String label,
      int number, boolean multiline) {
    JsonNode value = node.path(field);
    String key = parent == null ? field : parent + "." + field;
    if (value.isTextual()) {
      // one string where a pair is needed: shown in both columns, for the reader to complain
      return new Row(key, label, number, true, multiline, value.asText(), null, null);
    }
    return new Row(key, label, number, true, multiline, text(value.get("vi")),
        text(value.get("en")), null);
  }

  private static Row single(JsonNode node, String parent, String field, String label, int number) {
    return new Row(parent + "." + field, label, number, false, false, null, null,
        text(node.get(field)));
  }

  private static @Nullable String text(@Nullable JsonNode node) {
    return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
  }

  private static @Nullable String role(@Nullable Layout layout, int number, int count) {
    if (layout == null) {
      return null;
    }
    return switch (layout) {
      case A4_TRIFOLD -> count == 6 ? List.of("cover", "insideLeft", "insideMiddle", "insideRight",
          "flap", "back").get(number - 1) : null;
      case A4_BIFOLD -> count == 4
          ? List.of("cover", "insideLeft", "insideRight", "back").get(number - 1) : null;
      case A5_BOOKLET -> number == 1 ? "cover" : number == count ? "backCover" : null;
    };
  }
}
