package vn.vanthu.web.ui;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vanthu.web.ui.DraftForm.AttachmentForm;
import vn.vanthu.web.ui.DraftForm.BlockRow;
import vn.vanthu.web.ui.DraftForm.RelationRow;

/**
 * The compose form's repeated rows: a new draft's first rows, the add, insert and remove buttons
 * (round trips to the server, so no JavaScript is needed), and finding the form field of a
 * violation's JSON path.
 */
final class DraftRows {

  /** The block kinds, in the order the page offers them. */
  static final List<String> KINDS = List.of("article", "clause", "point", "part", "chapter",
      "section", "item", "bullet", "paragraph", "table");

  private DraftRows() {}

  /** A new draft of a type, with the rows it usually starts with. */
  static DraftForm blank(String type) {
    DraftForm draft = new DraftForm();
    draft.setType(type);
    TypeProfile profile = TypeProfile.of(type);
    if (profile.legalBases()) {
      draft.getLegalBases().add("");
      draft.getLegalBases().add("");
      for (int i = 0; i < 3; i++) {
        draft.getBody().add(new BlockRow(0, "article"));
      }
    } else {
      draft.getBody().add(new BlockRow(0, profile.firstBlock()));
      draft.getBody().add(new BlockRow(0, "paragraph"));
    }
    if (profile.addressees()) {
      draft.getAddressees().add("");
    }
    draft.getRecipients().add("");
    draft.getRecipients().add("");
    draft.setFiling("VT");
    return draft;
  }

  /**
   * Applies a row button: {@code add:LIST}, {@code insert:LIST:i} (a row after row i, like it),
   * {@code remove:LIST:i}, or {@code type} (the type changed: fill what the new type needs).
   * LIST is legalBases, addressees, recipients, relations, attachments, body or
   * attachments[n].body. Anything else changes nothing.
   */
  static void apply(DraftForm draft, String action) {
    String[] parts = action.split(":");
    if (parts[0].equals("type")) {
      TypeProfile profile = TypeProfile.of(draft.getType());
      if (profile.legalBases() && draft.getLegalBases().isEmpty()) {
        draft.getLegalBases().add("");
      }
      if (profile.addressees() && draft.getAddressees().isEmpty()) {
        draft.getAddressees().add("");
      }
      if (draft.getBody().isEmpty()) {
        draft.getBody().add(new BlockRow(0, profile.firstBlock()));
      }
      return;
    }
    if (parts.length < 2) {
      return;
    }
    int index = parts.length > 2 && parts[2].matches("\\d{1,5}") ? Integer.parseInt(parts[2]) : -1;
    switch (parts[1]) {
      case "legalBases" -> lines(draft.getLegalBases(), parts[0], index);
      case "addressees" -> lines(draft.getAddressees(), parts[0], index);
      case "recipients" -> lines(draft.getRecipients(), parts[0], index);
      case "relations" -> edit(draft.getRelations(), parts[0], index, RelationRow::new);
      case "attachments" -> edit(draft.getAttachments(), parts[0], index, () -> attachment(draft));
      case "body" -> blocks(draft.getBody(), parts[0], index, TypeProfile.of(draft.getType())
          .firstBlock());
      default -> {
        var matcher = java.util.regex.Pattern.compile("attachments\\[(\\d{1,3})]\\.body")
            .matcher(parts[1]);
        if (matcher.matches() && Integer.parseInt(matcher.group(1)) < draft.getAttachments().size()) {
          blocks(draft.getAttachments().get(Integer.parseInt(matcher.group(1))).getBody(),
              parts[0], index, "section");
        }
      }
    }
  }

  /**
   * The form field a violation belongs to: the field its JSON path was built from, or the
   * nearest enclosing one; null when it belongs to the document as a whole.
   */
  static @Nullable String fieldOf(String path, Map<String, String> fields, DraftForm draft) {
    String at = path;
    while (!at.isEmpty()) {
      String field = fields.get(at);
      if (field != null) {
        return exists(field, draft) ? field : null;
      }
      int cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
      at = cut <= 0 ? "" : at.substring(0, cut);
    }
    return null;
  }

  /** Whether a form field such as {@code body[3].text} exists (a violation on an absent row). */
  private static boolean exists(String field, DraftForm draft) {
    var matcher = java.util.regex.Pattern.compile("(?:attachments\\[(\\d+)]\\.)?(\\w+)\\[(\\d+)].*")
        .matcher(field);
    if (!matcher.matches()) {
      return true;
    }
    int index = Integer.parseInt(matcher.group(3));
    if (matcher.group(1) != null) {
      int attachment = Integer.parseInt(matcher.group(1));
      return attachment < draft.getAttachments().size()
          && (!matcher.group(2).equals("body")
              || index < draft.getAttachments().get(attachment).getBody().size());
    }
    return switch (matcher.group(2)) {
      case "body" -> index < draft.getBody().size();
      case "legalBases" -> index < draft.getLegalBases().size();
      case "addressees" -> index < draft.getAddressees().size();
      case "recipients" -> index < draft.getRecipients().size();
      case "relations" -> index < draft.getRelations().size();
      case "attachments" -> index < draft.getAttachments().size();
      default -> false;
    };
  }

  private static AttachmentForm attachment(DraftForm draft) {
    AttachmentForm attachment = new AttachmentForm();
    attachment.setReferenceLead("Ban hành kèm theo");
    attachment.getBody().add(new BlockRow(0, "section"));
    attachment.getBody().add(new BlockRow(1, "item"));
    return attachment;
  }

  private static void lines(List<String> lines, String op, int index) {
    edit(lines, op, index, () -> "");
  }

  private static void blocks(List<BlockRow> rows, String op, int index, String firstKind) {
    edit(rows, op, index, () -> {
      BlockRow like = index >= 0 && index < rows.size() ? rows.get(index)
          : rows.isEmpty() ? null : rows.getLast();
      return like == null ? new BlockRow(0, firstKind) : new BlockRow(like.getDepth(), like.getKind());
    });
  }

  private static <T> void edit(List<T> list, String op, int index,
      java.util.function.Supplier<T> fresh) {
    switch (op) {
      case "add" -> list.add(fresh.get());
      case "insert" -> {
        if (index >= 0 && index < list.size()) {
          list.add(index + 1, fresh.get());
        }
      }
      case "remove" -> {
        if (index >= 0 && index < list.size()) {
          list.remove(index);
        }
      }
      default -> { }
    }
  }
}
