package vn.vanthu.document;

import static vn.vanthu.document.VietnameseText.normalize;
import static vn.vanthu.document.VietnameseText.normalizeOptional;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One structural element of a document's content (ô 6). The body is a tree of blocks, never free
 * HTML: numbering, capitals and styles are the renderer's job, so the input carries words only.
 */
public sealed interface Block {

  /** The nested blocks, in order; empty for a leaf. */
  default List<Block> children() {
    return List.of();
  }

  /** Phần: a Roman-numbered part with a title, e.g. {@code Phần I} / {@code QUY ĐỊNH CHUNG}. */
  record Part(@Nullable Integer number, String title, List<Block> children) implements Block {
    public Part {
      title = normalize(title);
      children = List.copyOf(children);
    }
  }

  /** Chương: a Roman-numbered chapter with a title. */
  record Chapter(@Nullable Integer number, String title, List<Block> children) implements Block {
    public Chapter {
      title = normalize(title);
      children = List.copyOf(children);
    }
  }

  /** A Roman-numbered mục of a plan or report, e.g. {@code I. MỤC TIÊU, YÊU CẦU}. */
  record Section(@Nullable Integer number, String title, List<Block> children) implements Block {
    public Section {
      title = normalize(title);
      children = List.copyOf(children);
    }
  }

  /** Điều: an article, with an optional title and an optional lead text on the same line. */
  record Article(@Nullable String title, @Nullable String text, List<Block> children)
      implements Block {
    public Article {
      title = normalizeOptional(title);
      text = normalizeOptional(text);
      children = List.copyOf(children);
    }
  }

  /** Khoản: a numbered clause of an article ({@code 1.}); its points are lettered. */
  record Clause(@Nullable String title, @Nullable String text, List<Block> children)
      implements Block {
    public Clause {
      title = normalizeOptional(title);
      text = normalizeOptional(text);
      children = List.copyOf(children);
    }
  }

  /** Điểm: a lettered point of a clause ({@code a)}, {@code b)} … {@code đ)} …). */
  record Point(String text, List<Block> children) implements Block {
    public Point {
      text = normalize(text);
      children = List.copyOf(children);
    }
  }

  /** A numbered item of a plan or report: {@code 1.}, nested as {@code 1.1.}, with a bold title. */
  record Item(@Nullable String title, @Nullable String text, List<Block> children)
      implements Block {
    public Item {
      title = normalizeOptional(title);
      text = normalizeOptional(text);
      children = List.copyOf(children);
    }
  }

  /** A dash bullet: {@code - text}. */
  record Bullet(String text, List<Block> children) implements Block {
    public Bullet {
      text = normalize(text);
      children = List.copyOf(children);
    }
  }

  /** A plain paragraph with the first-line indent. */
  record Paragraph(String text) implements Block {
    public Paragraph {
      text = normalize(text);
    }
  }

  /** A simple table: a header row and body rows of plain text cells. */
  record Table(List<String> header, List<List<String>> rows) implements Block {
    public Table {
      header = VietnameseText.normalizeAll(header);
      rows = rows.stream().map(VietnameseText::normalizeAll).toList();
      Objects.requireNonNull(header, "header");
    }
  }
}
