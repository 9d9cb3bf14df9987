package vn.vanthu.rendering;

import static vn.vanthu.rendering.Nd30Formats.capitals;
import static vn.vanthu.rendering.Nd30Formats.pointLetter;
import static vn.vanthu.rendering.Nd30Formats.roman;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vanthu.document.Block;

/**
 * Numbers a body the ND30 way: Điều continuously through the whole text, khoản from 1 in each
 * Điều, điểm a, b, c, d, đ … in each khoản, Roman mục and parts, items 1. and 1.1.; then ends the
 * last text with {@code ./.}. One instance per body: it counts articles.
 */
final class BodyPresenter {

  private int articles;

  static List<BlockView> present(List<Block> body) {
    List<BlockView> views = new BodyPresenter().blocks(body, "");
    return closeLast(views);
  }

  private List<BlockView> blocks(List<Block> blocks, String itemPrefix) {
    List<BlockView> views = new ArrayList<>(blocks.size());
    int parts = 0;
    int chapters = 0;
    int sections = 0;
    int clauses = 0;
    int points = 0;
    int items = 0;
    for (Block block : blocks) {
      BlockView view = switch (block) {
        case Block.Part p -> {
          parts = p.number() == null ? parts + 1 : p.number();
          yield BlockView.of("part", "Phần " + roman(parts), capitals(p.title()), null,
              blocks(p.children(), ""));
        }
        case Block.Chapter c -> {
          chapters = c.number() == null ? chapters + 1 : c.number();
          yield BlockView.of("chapter", "Chương " + roman(chapters), capitals(c.title()), null,
              blocks(c.children(), ""));
        }
        case Block.Section s -> {
          sections = s.number() == null ? sections + 1 : s.number();
          yield BlockView.of("section", roman(sections) + ".", capitals(s.title()), null,
              blocks(s.children(), ""));
        }
        case Block.Article a -> BlockView.of("article", "Điều " + (++articles) + ".", a.title(),
            a.text(), blocks(a.children(), ""));
        case Block.Clause c -> BlockView.of("clause", (++clauses) + ".", c.title(), c.text(),
            blocks(c.children(), ""));
        case Block.Point p -> BlockView.of("point", pointLetter(++points) + ")", null, p.text(),
            blocks(p.children(), ""));
        case Block.Item i -> {
          String label = itemPrefix + (++items) + ".";
          yield BlockView.of("item", label, i.title(), i.text(), blocks(i.children(), label));
        }
        case Block.Bullet b -> BlockView.of("bullet", "-", null, b.text(), blocks(b.children(), ""));
        case Block.Paragraph p -> BlockView.of("paragraph", null, null, p.text(), List.of());
        case Block.Table t -> new BlockView("table", null, null, null, List.of(), t.header(), t.rows());
      };
      views.add(view);
    }
    return views;
  }

  /** Adds the closing mark to the last block that carries text, searching from the end. */
  private static List<BlockView> closeLast(List<BlockView> views) {
    List<BlockView> closed = closeLastOrNull(views);
    return closed == null ? List.copyOf(views) : closed;
  }

  /** The blocks with the last text closed, or null when no block carries text. */
  private static @Nullable List<BlockView> closeLastOrNull(List<BlockView> views) {
    for (int i = views.size() - 1; i >= 0; i--) {
      BlockView view = views.get(i);
      List<BlockView> children = closeLastOrNull(view.children());
      BlockView replacement = children != null ? view.withChildren(children)
          : view.text() != null ? view.withText(Nd30Formats.closingMark(view.text())) : null;
      if (replacement != null) {
        List<BlockView> result = new ArrayList<>(views);
        result.set(i, replacement);
        return List.copyOf(result);
      }
    }
    return null;
  }
}
