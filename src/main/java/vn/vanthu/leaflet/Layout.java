package vn.vanthu.leaflet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a leaflet is printed and folded: the printed sides, and where each panel sits on them.
 * Sizes are in millimetres of the trimmed sheet, measured from its top left corner.
 */
public enum Layout {
  /** A4 landscape, printed on both sides and roll-folded into three panels of 99.75 × 210 mm. */
  A4_TRIFOLD("a4-trifold", "panel", 297, 210),
  /** A4 landscape, printed on both sides and folded once into A5. */
  A4_BIFOLD("a4-bifold", "panel", 297, 210),
  /** A5 pages, in reading order; imposed two to an A4 sheet for saddle stitching. */
  A5_BOOKLET("a5-booklet", "page", 148, 210);

  /**
   * Roll fold: the panel that folds in first must be narrower than the two that wrap round it, or it
   * buckles against the fold. 2.25 mm is what the sheet's thickness and the folder's tolerance take.
   */
  static final double TRIFOLD_FOLD_IN = 97.5;
  static final double TRIFOLD_WIDE = 99.75;
  static final int BOOKLET_MAX_PAGES = 64;

  /** What a panel is for, which decides its background. */
  public enum Role { COVER, BACK, INSIDE }

  /**
   * One panel's place on a side and the margins of its text area.
   *
   * @param panel the panel's number, from 1, in the leaflet's order
   */
  public record Frame(int panel, Role role, double x, double width, double top, double right,
      double bottom, double left) {

    /** The width of the text area. */
    public double textWidth() {
      return width - left - right;
    }
  }

  /**
   * One printed side: a page of the reader's PDF.
   *
   * @param frames the panels on it, in reading order; none on a blank page
   * @param folds where the sheet is folded, from the left trim edge
   * @param folio the page number printed at its foot, or null
   */
  public record Side(String name, List<Frame> frames, List<Double> folds, @Nullable Integer folio) {
    public Side {
      frames = List.copyOf(frames);
      folds = List.copyOf(folds);
    }
  }

  private final String code;
  private final String unit;
  private final double width;
  private final double height;

  Layout(String code, String unit, double width, double height) {
    this.code = code;
    this.unit = unit;
    this.width = width;
    this.height = height;
  }

  /** The code the JSON uses. */
  public String code() {
    return code;
  }

  /** What a panel is called: {@code panel}, or {@code page} in a booklet. */
  public String unit() {
    return unit;
  }

  /** The width of a printed side, trimmed. */
  public double width() {
    return width;
  }

  /** The height of a printed side, trimmed. */
  public double height() {
    return height;
  }

  /** Whether a leaflet in this layout may have this many panels. */
  public boolean accepts(int panels) {
    return switch (this) {
      case A4_TRIFOLD -> panels == 6;
      case A4_BIFOLD -> panels == 4;
      case A5_BOOKLET -> panels >= 2 && panels <= BOOKLET_MAX_PAGES;
    };
  }

  /** How many panels the layout takes, in words. */
  public String countRule() {
    return switch (this) {
      case A4_TRIFOLD -> "exactly 6 panels";
      case A4_BIFOLD -> "exactly 4 panels";
      case A5_BOOKLET -> "2 to " + BOOKLET_MAX_PAGES + " pages";
    };
  }

  /** The layout with this code. */
  public static Optional<Layout> fromCode(String code) {
    return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
  }

  /** A panel's name in messages: {@code panel 3 (inside middle)}, {@code page 4}. */
  public String panelName(int number, int count) {
    String role = switch (this) {
      case A4_TRIFOLD -> List.of("front cover", "inside left", "inside middle", "inside right",
          "inside flap", "back").get(number - 1);
      case A4_BIFOLD -> List.of("front cover", "inside left", "inside right", "back").get(number - 1);
      case A5_BOOKLET -> number == 1 ? "front cover" : number == count ? "back cover" : null;
    };
    return unit + " " + number + (role == null ? "" : " (" + role + ")");
  }

  /**
   * The printed sides in the order of the PDF.
   *
   * <p>Tri-fold (roll fold), seen from the printed side, left to right: the outside carries the
   * inside flap (5), the back (6) and the front cover (1); the inside carries 2, 3 and 4. Panel 4
   * folds in over 3 first, then 2 with the cover on its back closes over both; 4 and 5 are the two
   * faces of the narrow fold-in panel, so 5 is what the reader sees beside 2 on opening the cover.
   * Bi-fold: the outside carries the back (4) and the front (1), the inside 2 and 3.
   */
  public List<Side> sides(int panels) {
    double wide = TRIFOLD_WIDE;
    double narrow = TRIFOLD_FOLD_IN;
    double half = width / 2;
    return switch (this) {
      case A4_TRIFOLD -> List.of(
          new Side("outside", List.of(fold(1, Role.COVER, narrow + wide, wide),
              fold(5, Role.INSIDE, 0, narrow), fold(6, Role.BACK, narrow, wide)),
              List.of(narrow, narrow + wide), null),
          new Side("inside", List.of(fold(2, Role.INSIDE, 0, wide),
              fold(3, Role.INSIDE, wide, wide), fold(4, Role.INSIDE, 2 * wide, narrow)),
              List.of(wide, 2 * wide), null));
      case A4_BIFOLD -> List.of(
          new Side("outside", List.of(fold(1, Role.COVER, half, half), fold(4, Role.BACK, 0, half)),
              List.of(half), null),
          new Side("inside", List.of(fold(2, Role.INSIDE, 0, half), fold(3, Role.INSIDE, half, half)),
              List.of(half), null));
      case A5_BOOKLET -> bookletPages(panels);
    };
  }

  /** Text areas keep 8 mm from the trim and each fold, and clear the band along the top. */
  private Frame fold(int panel, Role role, double x, double panelWidth) {
    return new Frame(panel, role, x, panelWidth, 13, 8, 10, 8);
  }

  /**
   * Booklet pages in reading order, padded with blank pages to a multiple of four (one sheet
   * folded in two carries four pages). The blanks go before the back cover, which stays last.
   */
  private List<Side> bookletPages(int panels) {
    int total = (panels + 3) / 4 * 4;
    List<Side> pages = new ArrayList<>(total);
    for (int page = 1; page <= total; page++) {
      int panel = page < panels ? page : page == total ? panels : 0;
      // Odd pages are right-hand pages, with the spine on their left; the spine side gets more
      // margin, for the staples and for the curve of the opened booklet.
      boolean rightHand = page % 2 == 1;
      double inner = 15;
      double outer = 12;
      List<Frame> frames = panel == 0 ? List.of()
          : List.of(new Frame(panel, panel == 1 ? Role.COVER : panel == panels ? Role.BACK
              : Role.INSIDE, 0, width, 16, rightHand ? outer : inner, 17,
              rightHand ? inner : outer));
      Integer folio = panel > 1 && panel < panels ? page : null;
      pages.add(new Side("page " + page, frames, List.of(), folio));
    }
    return pages;
  }
}
