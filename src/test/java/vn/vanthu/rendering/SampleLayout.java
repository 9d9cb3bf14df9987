package vn.vanthu.rendering;

import static vn.vanthu.rendering.PageText.MM;
import static vn.vanthu.rendering.PageText.squash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import vn.vanthu.document.DocumentReader;
import vn.vanthu.document.OfficialDocument;
import vn.vanthu.rendering.PageShapes.Shape;
import vn.vanthu.rendering.PageText.Run;

/**
 * A rendered sample as geometry: its text lines and painted shapes, page by page, with the queries
 * the ND30 layout checks need. Positions are in pt from the top-left corner of the page.
 *
 * @param name the sample's name
 * @param document the sample as read
 * @param view the sample as the templates print it
 * @param mediaBoxes each page's MediaBox
 * @param lines each page's lines, top to bottom
 * @param shapes each page's painted shapes
 */
record SampleLayout(String name, OfficialDocument document, DocumentView view,
    List<PDRectangle> mediaBoxes, List<List<Run>> lines, List<List<Shape>> shapes) {

  /** The top margin. */
  static final float TOP = 20 * MM;
  /** The bottom edge of the text area. */
  static final float BOTTOM = 277 * MM;
  /** The left margin. */
  static final float LEFT = 30 * MM;
  /** The right edge of the text area. */
  static final float RIGHT = 195 * MM;
  /** The centre of the text area. */
  static final float CENTRE = (LEFT + RIGHT) / 2;
  /**
   * The centre of the signature column: the right 55 % of the text area (nd30.css gives Nơi nhận
   * 45 %, so that a long chức vụ such as VỤ TRƯỞNG VỤ HỢP TÁC QUỐC TẾ stays on one line).
   */
  static final float RIGHT_HALF_CENTRE = RIGHT - (RIGHT - LEFT) * 0.55f / 2;
  /** Words further apart than this belong to different columns. */
  static final float COLUMN_GAP = 6 * MM;

  /** Renders a sample and measures its PDF. */
  static SampleLayout of(String name, DocumentRenderer renderer) {
    byte[] json = Samples.json(name);
    OfficialDocument document = new DocumentReader().read(json);
    byte[] pdf = renderer.render(document, json).pdf();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<PDRectangle> boxes = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        boxes.add(page.getMediaBox());
      }
      return new SampleLayout(name, document, DocumentPresenter.present(document), boxes,
          PageText.lines(doc), PageShapes.of(doc));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int pages() {
    return lines.size();
  }

  /** The pieces of each line of a page, split where columns leave a gap. */
  List<Run> segments(int page) {
    return lines.get(page).stream().flatMap(l -> l.segments(COLUMN_GAP).stream()).toList();
  }

  /** The first occurrence of a phrase on a page. */
  Optional<Run> find(int page, String phrase) {
    return lines.get(page).stream().map(l -> l.find(phrase)).flatMap(Optional::stream).findFirst();
  }

  /** The first occurrence of a phrase on a page; fails with the page's text when it is missing. */
  Run require(int page, String phrase) {
    return find(page, phrase).orElseThrow(() -> new AssertionError(
        name + ": \"" + phrase + "\" not found on page " + (page + 1) + "; the page says:\n"
            + pageText(page)));
  }

  /** The column segment that contains a phrase, e.g. the whole Số line from "Số:". */
  Run segmentWith(int page, String phrase) {
    String target = squash(phrase);
    return segments(page).stream().filter(s -> squash(s.text()).contains(target)).findFirst()
        .orElseThrow(() -> new AssertionError(name + ": no segment with \"" + phrase
            + "\" on page " + (page + 1) + "; the page says:\n" + pageText(page)));
  }

  /** The segments of a page between two heights whose centres lie in a horizontal band. */
  List<Run> segmentsIn(int page, float fromY, float toY, float minCentre, float maxCentre) {
    return segments(page).stream()
        .filter(s -> s.baseline() > fromY && s.baseline() < toY)
        .filter(s -> s.centre() >= minCentre && s.centre() <= maxCentre)
        .filter(s -> !squash(s.text()).isEmpty())
        .toList();
  }

  /** The nearest horizontal rule under a run, within a distance, overlapping its centre. */
  Optional<Shape> ruleUnder(Run run, float within) {
    return shapes.get(run.page()).stream()
        .filter(Shape::isHorizontalRule)
        .filter(s -> s.top() > run.baseline() && s.top() < run.baseline() + within)
        .filter(s -> s.left() < run.centre() && s.right() > run.centre())
        .min(Comparator.comparingDouble(Shape::top));
  }

  /** The pages that open a document (main or attached): those that carry the Quốc hiệu. */
  List<Integer> seriesStarts() {
    List<Integer> starts = new ArrayList<>();
    for (int page = 0; page < pages(); page++) {
      if (find(page, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").isPresent() || startsAppendix(page)) {
        starts.add(page);
      }
    }
    return starts;
  }

  /** Whether a page opens a phụ lục: its first line is "Phụ lục" or "Phụ lục IV". */
  boolean startsAppendix(int page) {
    return !lines.get(page).isEmpty()
        && PageText.squash(lines.get(page).getFirst().text()).matches("Phụ lục( [IVXLC]+)?");
  }

  /** The last page of the main document: the page before the first attachment, or the last. */
  int mainLastPage() {
    List<Integer> starts = seriesStarts();
    return starts.size() > 1 ? starts.get(1) - 1 : pages() - 1;
  }

  /** A page's lines, one per row, for failure messages. */
  String pageText(int page) {
    return lines.get(page).stream().map(Run::toString).collect(Collectors.joining("\n"));
  }

  /** A length in pt, written in mm for messages. */
  static String mm(float pt) {
    return String.format("%.2f mm", pt / MM);
  }
}
