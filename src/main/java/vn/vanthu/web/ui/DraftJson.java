package vn.vanthu.web.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import vn.vanthu.web.ui.DraftForm.AttachmentForm;
import vn.vanthu.web.ui.DraftForm.BlockRow;
import vn.vanthu.web.ui.DraftForm.RelationRow;

/**
 * Turns the compose form into the document JSON that {@code DocumentReader} validates, remembering
 * which form field each JSON path came from (so that each violation is shown beside its field),
 * and turns a document JSON (a sample, the raw JSON mode) back into the form.
 */
final class DraftJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Block kinds whose text is a title on its own line rather than running text. */
  static final Set<String> TITLED_ONLY = Set.of("part", "chapter", "section");

  /** Block kinds that have a text and no title. */
  static final Set<String> UNTITLED = Set.of("point", "bullet", "paragraph");

  /** The JSON of a draft and, for each JSON path it contains, the form field it came from. */
  record Draft(byte[] json, Map<String, String> fields) {}

  private DraftJson() {}

  /** The draft's JSON, with only the fields its type uses. */
  static Draft toJson(DraftForm form) {
    Map<String, String> fields = new HashMap<>();
    ObjectNode root = JSON.createObjectNode();
    TypeProfile profile = TypeProfile.of(form.getType());
    ObjectNode issuer = root.putObject("issuer");
    text(issuer, "parent", form.getIssuerParent());
    text(issuer, "name", form.getIssuerName());
    text(issuer, "abbreviation", form.getIssuerAbbreviation());
    fields.put("issuer", "issuerName");
    fields.put("issuer.parent", "issuerParent");
    fields.put("issuer.name", "issuerName");
    fields.put("issuer.abbreviation", "issuerAbbreviation");
    put(root, fields, "type", form.getType(), "type");
    put(root, fields, "unit", form.getUnit(), "unit");
    fields.put("symbol", "unit");
    put(root, fields, "place", form.getPlace(), "place");
    put(root, fields, "subject", form.getSubject(), "subject");
    if (profile.legalBases()) {
      put(root, fields, "competence", form.getCompetence(), "competence");
      lines(root, fields, "legalBases", form.getLegalBases());
    }
    if (profile.addressees()) {
      lines(root, fields, "addressees", form.getAddressees());
    }
    body(root, "body", form.getBody(), "body", "body", fields);
    ObjectNode signature = root.putObject("signature");
    text(signature, "authority", form.getSignatureAuthority());
    text(signature, "principal", form.getSignaturePrincipal());
    text(signature, "title", form.getSignatureTitle());
    text(signature, "name", form.getSignatureName());
    fields.put("signature", "signatureName");
    for (String part : List.of("authority", "principal", "title", "name")) {
      fields.put("signature." + part, "signature" + Character.toUpperCase(part.charAt(0))
          + part.substring(1));
    }
    lines(root, fields, "recipients", form.getRecipients());
    put(root, fields, "filing", form.getFiling(), "filing");
    put(root, fields, "classification", form.getClassification(), "classification");
    put(root, fields, "urgency", form.getUrgency(), "urgency");
    put(root, fields, "circulation", form.getCirculation(), "circulation");
    put(root, fields, "contact", form.getContact(), "contact");
    if (profile.attachments()) {
      attachments(root, form.getAttachments(), fields);
    }
    relations(root, form.getRelations(), fields);
    try {
      return new Draft(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root), fields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The form of a document JSON; the number and date are left out, the register gives them. */
  static DraftForm toForm(JsonNode root) {
    DraftForm form = new DraftForm();
    JsonNode issuer = root.path("issuer");
    form.setIssuerParent(issuer.path("parent").asText(""));
    form.setIssuerName(issuer.path("name").asText(""));
    form.setIssuerAbbreviation(issuer.path("abbreviation").asText(""));
    form.setType(root.path("type").asText("quyet-dinh"));
    form.setUnit(root.path("unit").asText(""));
    form.setPlace(root.path("place").asText(""));
    form.setSubject(root.path("subject").asText(""));
    form.setCompetence(root.path("competence").asText(""));
    form.setLegalBases(strings(root.path("legalBases")));
    form.setAddressees(strings(root.path("addressees")));
    form.setBody(rows(root.path("body")));
    JsonNode signature = root.path("signature");
    form.setSignatureAuthority(signature.path("authority").asText("").replace(".", ""));
    form.setSignaturePrincipal(signature.path("principal").asText(""));
    form.setSignatureTitle(signature.path("title").asText(""));
    form.setSignatureName(signature.path("name").asText(""));
    form.setRecipients(strings(root.path("recipients")));
    form.setFiling(root.path("filing").asText(""));
    form.setClassification(root.path("classification").asText(""));
    form.setUrgency(root.path("urgency").asText(""));
    form.setCirculation(root.path("circulation").asText(""));
    form.setContact(root.path("contact").asText(""));
    for (JsonNode node : root.path("attachments")) {
      AttachmentForm attachment = new AttachmentForm();
      attachment.setType(node.path("type").asText("ke-hoach"));
      attachment.setSubject(node.path("subject").asText(""));
      attachment.setReferenceLead(node.path("referenceLead").asText(""));
      attachment.setIssuedBy(node.path("issuedBy").asText(""));
      attachment.setBody(rows(node.path("body")));
      form.getAttachments().add(attachment);
    }
    for (JsonNode node : root.path("relations")) {
      RelationRow relation = new RelationRow();
      relation.setKind(node.path("kind").asText("amends"));
      relation.setTarget(node.path("target").asText(""));
      form.getRelations().add(relation);
    }
    return form;
  }

  /** Parses JSON text; null when it is not JSON (the reader then says why). */
  static JsonNode parse(String json) throws IOException {
    return JSON.readTree(json);
  }

  private static void attachments(ObjectNode root, List<AttachmentForm> list,
      Map<String, String> fields) {
    if (list.isEmpty()) {
      return;
    }
    ArrayNode array = root.putArray("attachments");
    for (int i = 0; i < list.size(); i++) {
      AttachmentForm attachment = list.get(i);
      String path = "attachments[" + i + "]";
      String form = "attachments[" + i + "]";
      ObjectNode node = array.addObject();
      put(node, fields, "type", attachment.getType(), form + ".type", path + ".type");
      put(node, fields, "subject", attachment.getSubject(), form + ".subject", path + ".subject");
      put(node, fields, "referenceLead", attachment.getReferenceLead(), form + ".referenceLead",
          path + ".referenceLead");
      put(node, fields, "issuedBy", attachment.getIssuedBy(), form + ".issuedBy",
          path + ".issuedBy");
      fields.put(path, form + ".subject");
      body(node, "body", attachment.getBody(), path + ".body", form + ".body", fields);
    }
  }

  private static void relations(ObjectNode root, List<RelationRow> list,
      Map<String, String> fields) {
    ArrayNode array = JSON.createArrayNode();
    for (int i = 0; i < list.size(); i++) {
      RelationRow relation = list.get(i);
      if (relation.getTarget().isBlank()) {
        continue;
      }
      String path = "relations[" + array.size() + "]";
      ObjectNode node = array.addObject();
      node.put("kind", relation.getKind());
      node.put("target", relation.getTarget().strip());
      fields.put(path, "relations[" + i + "].target");
      fields.put(path + ".kind", "relations[" + i + "].kind");
      fields.put(path + ".target", "relations[" + i + "].target");
    }
    if (!array.isEmpty()) {
      root.set("relations", array);
    }
  }

  /**
   * Builds the block tree from the outline: a row deeper than the one before is its child. Rows
   * with neither title nor text and nothing under them are left out, so that an added, unused row
   * does not count as an error.
   */
  private static void body(ObjectNode owner, String name, List<BlockRow> rows, String path,
      String formPath, Map<String, String> fields) {
    fields.put(path, formPath + "[0].text");
    ArrayNode top = owner.putArray(name);
    List<ArrayNode> levels = new ArrayList<>(List.of(top));
    List<String> paths = new ArrayList<>(List.of(path));
    for (int i = 0; i < rows.size(); i++) {
      BlockRow row = rows.get(i);
      boolean hasChildren = i + 1 < rows.size() && rows.get(i + 1).getDepth() > row.getDepth();
      if (row.isBlank() && !hasChildren && !row.getKind().equals("table")) {
        continue;
      }
      int depth = Math.min(row.getDepth(), levels.size() - 1);
      while (levels.size() > depth + 1) {
        levels.removeLast();
        paths.removeLast();
      }
      ArrayNode siblings = levels.getLast();
      String blockPath = paths.getLast() + "[" + siblings.size() + "]";
      ObjectNode block = siblings.addObject();
      block(block, row);
      String rowPath = formPath + "[" + i + "]";
      fields.put(blockPath, rowPath + ".kind");
      for (String field : List.of("kind", "number", "title", "text", "header", "rows")) {
        String target = switch (field) {
          case "header" -> "title";
          case "rows" -> "text";
          default -> field;
        };
        fields.put(blockPath + "." + field, rowPath + "." + target);
      }
      fields.put(blockPath + ".children", rowPath + ".kind");
      ArrayNode children = JSON.createArrayNode();
      if (hasChildren) {
        block.set("children", children);
      }
      levels.add(children);
      paths.add(blockPath + ".children");
    }
  }

  private static void block(ObjectNode block, BlockRow row) {
    block.put("kind", row.getKind());
    if (row.getKind().equals("table")) {
      ArrayNode header = block.putArray("header");
      if (!row.getTitle().isBlank()) {
        for (String cell : row.getTitle().split("\\|", -1)) {
          header.add(cell.strip());
        }
      }
      ArrayNode rows = block.putArray("rows");
      for (String line : row.getText().split("\\R")) {
        if (!line.isBlank()) {
          ArrayNode cells = rows.addArray();
          for (String cell : line.split("\\|", -1)) {
            cells.add(cell.strip());
          }
        }
      }
      return;
    }
    if (!row.getNumber().isBlank() && TITLED_ONLY.contains(row.getKind())) {
      String number = row.getNumber().strip();
      if (number.matches("\\d{1,6}")) {
        block.put("number", Integer.parseInt(number));
      } else {
        block.put("number", number);
      }
    }
    // Only the fields the kind has; words typed into the other box are kept, not dropped.
    String title = row.getTitle();
    String text = row.getText();
    if (TITLED_ONLY.contains(row.getKind())) {
      text(block, "title", title.isBlank() ? text : title);
    } else if (UNTITLED.contains(row.getKind())) {
      text(block, "text", text.isBlank() ? title : text);
    } else {
      text(block, "title", title);
      text(block, "text", text);
    }
  }

  private static List<BlockRow> rows(JsonNode body) {
    List<BlockRow> rows = new ArrayList<>();
    flatten(body, 0, rows::add);
    return rows;
  }

  private static void flatten(JsonNode blocks, int depth, Consumer<BlockRow> out) {
    for (JsonNode node : blocks) {
      BlockRow row = new BlockRow(depth, node.path("kind").asText("paragraph"));
      if (row.getKind().equals("table")) {
        List<String> header = strings(node.path("header"));
        row.setTitle(String.join(" | ", header));
        List<String> lines = new ArrayList<>();
        for (JsonNode cells : node.path("rows")) {
          lines.add(String.join(" | ", strings(cells)));
        }
        row.setText(String.join("\n", lines));
      } else {
        row.setNumber(node.has("number") ? node.path("number").asText() : "");
        row.setTitle(node.path("title").asText(""));
        row.setText(node.path("text").asText(""));
      }
      out.accept(row);
      flatten(node.path("children"), depth + 1, out);
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> list = new ArrayList<>();
    for (JsonNode node : array) {
      list.add(node.asText(""));
    }
    return list;
  }

  private static void lines(ObjectNode root, Map<String, String> fields, String name,
      List<String> lines) {
    ArrayNode array = JSON.createArrayNode();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        fields.put(name + "[" + array.size() + "]", name + "[" + i + "]");
        array.add(lines.get(i).strip());
      }
    }
    fields.put(name, name + "[0]");
    if (!array.isEmpty()) {
      root.set(name, array);
    }
  }

  private static void put(ObjectNode node, Map<String, String> fields, String name, String value,
      String formField) {
    put(node, fields, name, value, formField, name);
  }

  private static void put(ObjectNode node, Map<String, String> fields, String name, String value,
      String formField, String path) {
    fields.put(path, formField);
    text(node, name, value);
  }

  private static void text(ObjectNode node, String name, String value) {
    if (!value.isBlank()) {
      node.put(name, value);
    }
  }
}
