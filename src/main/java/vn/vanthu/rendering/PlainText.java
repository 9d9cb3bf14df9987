package vn.vanthu.rendering;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vanthu.document.OfficialDocument;

/**
 * The words of a document as its PDF prints them, as plain text: for the search index and for
 * anyone who wants the text without the layout. Uses the same presenter as the templates, so the
 * numbering, capitals and punctuation are the printed ones.
 */
public final class PlainText {

  private PlainText() {}

  /** The main document's text: header, title, căn cứ, body, signature, Nơi nhận. */
  public static String of(OfficialDocument document) {
    DocumentView view = DocumentPresenter.present(document);
    StringBuilder text = new StringBuilder();
    line(text, view.issuerParent());
    line(text, view.issuerName());
    line(text, view.numberLine());
    line(text, view.placeAndDate());
    line(text, view.typeHeading());
    line(text, view.subject());
    line(text, view.competence());
    view.legalBases().forEach(b -> line(text, b));
    if (!view.addressees().isEmpty()) {
      line(text, "Kính gửi:");
      view.addressees().forEach(a -> line(text, a));
    }
    blocks(text, view.body());
    line(text, view.signature().authorityLine());
    line(text, view.signature().titleLine());
    line(text, view.signature().name());
    line(text, "Nơi nhận:");
    view.recipients().forEach(r -> line(text, r));
    return text.toString();
  }

  /** The text of the n-th attached document (from 0): title, reference line, body. */
  public static String ofAttachment(OfficialDocument document, int index) {
    DocumentView.AttachmentView view = DocumentPresenter.present(document).attachments().get(index);
    StringBuilder text = new StringBuilder();
    line(text, view.typeHeading());
    line(text, view.appendixLabel());
    line(text, view.subject());
    line(text, view.referenceLine());
    blocks(text, view.body());
    return text.toString();
  }

  private static void blocks(StringBuilder text, List<BlockView> blocks) {
    for (BlockView block : blocks) {
      String head = join(block.label(), block.title());
      if (block.title() != null) {
        line(text, head);
        line(text, block.text());
      } else {
        line(text, join(block.label(), block.text()));
      }
      if (!block.header().isEmpty()) {
        line(text, String.join(" | ", block.header()));
      }
      block.rows().forEach(row -> line(text, String.join(" | ", row)));
      blocks(text, block.children());
    }
  }

  private static @Nullable String join(@Nullable String first, @Nullable String second) {
    if (first == null) {
      return second;
    }
    return second == null ? first : first + " " + second;
  }

  private static void line(StringBuilder text, @Nullable String line) {
    if (line != null && !line.isBlank()) {
      text.append(line).append('\n');
    }
  }
}
