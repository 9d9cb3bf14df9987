package vn.vanthu.rendering;

import static vn.vanthu.rendering.PageText.MM;
import static vn.vanthu.rendering.PageText.squash;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.vanthu.rendering.PageText.Run;

/**
 * The justified paragraphs of a rendered document, recovered from line positions: a paragraph
 * starts with a line indented by the first-line indent and goes on with lines that start at the
 * left margin at single line spacing (also across a page break). Centred lines, table cells and
 * the small type of Nơi nhận are not body lines.
 */
final class BodyParagraphs {

  /** A paragraph: its lines in reading order. */
  record Paragraph(List<Run> lines) {

    String text() {
      return lines.stream().map(l -> squash(l.text())).collect(Collectors.joining(" "));
    }

    Run first() {
      return lines.getFirst();
    }

    Run last() {
      return lines.getLast();
    }

    boolean italic() {
      return lines.stream().allMatch(Run::italic);
    }

    @Override
    public String toString() {
      return lines.stream().map(Run::toString).collect(Collectors.joining("\n"));
    }
  }

  /** The first-line indent, 10 mm. */
  static final float INDENT = SampleLayout.LEFT + 10 * MM;

  private BodyParagraphs() {}

  /** The paragraphs of the pages from {@code firstPage} to {@code lastPage}, inclusive. */
  static List<Paragraph> of(SampleLayout layout, int firstPage, int lastPage) {
    List<Paragraph> paragraphs = new ArrayList<>();
    List<Run> current = new ArrayList<>();
    for (int page = firstPage; page <= lastPage; page++) {
      for (Run line : layout.lines().get(page)) {
        if (line.baseline() < SampleLayout.TOP) {
          continue; // the page number in the header does not end a paragraph
        }
        if (!isBodyLine(line)) {
          flush(paragraphs, current);
          continue;
        }
        boolean indented = near(line.left(), INDENT);
        boolean continues = !current.isEmpty() && !indented && follows(current.getLast(), line);
        if (!continues) {
          flush(paragraphs, current);
        }
        current.add(line);
      }
    }
    flush(paragraphs, current);
    return paragraphs.stream().filter(p -> near(p.first().left(), INDENT)).toList();
  }

  /** A body line: body type, one column, starting at the margin or at the indent. */
  private static boolean isBodyLine(Run line) {
    return line.minSize() >= 12.9f
        && line.segments(SampleLayout.COLUMN_GAP).size() == 1
        && (near(line.left(), SampleLayout.LEFT) || near(line.left(), INDENT));
  }

  /** Whether a line is the next line of the same paragraph: single spacing, or a new page. */
  private static boolean follows(Run previous, Run line) {
    if (line.page() != previous.page()) {
      return true;
    }
    float step = line.baseline() - previous.baseline();
    return step > 0 && step < 1.3f * line.size();
  }

  private static boolean near(float x, float target) {
    return Math.abs(x - target) < 0.3f * MM;
  }

  private static void flush(List<Paragraph> paragraphs, List<Run> current) {
    if (!current.isEmpty()) {
      paragraphs.add(new Paragraph(List.copyOf(current)));
      current.clear();
    }
  }
}
