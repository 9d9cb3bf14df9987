package vn.vanthu.rendering;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A block as the templates see it: numbering resolved, capitals applied, punctuation added.
 *
 * @param kind the CSS class and template branch: part, chapter, section, article, clause, point,
 *     item, bullet, paragraph, table
 * @param label the number or mark, e.g. {@code Điều 1.}, {@code 1.1.}, {@code b)}, {@code -}
 * @param title the title, already in the case ND30 wants
 * @param text the text
 * @param children the nested blocks
 * @param header the header cells of a table
 * @param rows the body rows of a table
 */
public record BlockView(
    String kind,
    @Nullable String label,
    @Nullable String title,
    @Nullable String text,
    List<BlockView> children,
    List<String> header,
    List<List<String>> rows) {

  static BlockView of(String kind, @Nullable String label, @Nullable String title,
      @Nullable String text, List<BlockView> children) {
    return new BlockView(kind, label, title, text, children, List.of(), List.of());
  }

  /**
   * Which branch of the template draws it: part, chapter, section, table and paragraph by their
   * kind; the numbered kinds by what they carry: {@code titled} (a heading line, then any text),
   * {@code marked} (the label leads the text) or {@code bare} (a label alone).
   */
  public String shape() {
    return switch (kind) {
      case "part", "chapter", "section", "table", "paragraph" -> kind;
      default -> title != null ? "titled" : text != null ? "marked" : "bare";
    };
  }

  /** The class of the label that leads a marked block: bold for an article, plain otherwise. */
  public String markClass() {
    return kind.equals("article") ? "lead" : "mark";
  }

  /** Whether it has no nested blocks. */
  public boolean leaf() {
    return children.isEmpty();
  }

  /** This block with a new text, used to add the closing mark to the last paragraph. */
  BlockView withText(String newText) {
    return new BlockView(kind, label, title, newText, children, header, rows);
  }

  /** This block with new children. */
  BlockView withChildren(List<BlockView> newChildren) {
    return new BlockView(kind, label, title, text, newChildren, header, rows);
  }
}
