package vn.vanthu.leaflet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.vanthu.leaflet.Layout.Frame;
import vn.vanthu.leaflet.Layout.Role;
import vn.vanthu.leaflet.Layout.Side;
import vn.vanthu.leaflet.LeafletView.BoxView;
import vn.vanthu.leaflet.LeafletView.FolioView;
import vn.vanthu.leaflet.LeafletView.PanelView;
import vn.vanthu.leaflet.LeafletView.SideView;

/** Works out where everything of a leaflet goes on its printed sides, bleed included. */
final class LeafletPresenter {

  /** The coloured band along the top of inside panels. */
  static final double BAND_MM = 5;
  /** Where a booklet's page number sits, from the foot of the trimmed page. */
  static final double FOLIO_FROM_FOOT_MM = 11;

  private LeafletPresenter() {}

  /**
   * How much taller than a side the pages are when an overflow is measured: content that runs past
   * a page's foot is moved down to the next page, which would add the gap to the amount reported.
   */
  static final int MEASURING_PAGE_FACTOR = 8;

  static LeafletView present(Leaflet leaflet, PrintOptions print) {
    return present(leaflet, print, false);
  }

  /** With {@code measuring}, each side sits on a page far taller than itself; never printed. */
  static LeafletView present(Leaflet leaflet, PrintOptions print, boolean measuring) {
    Layout layout = leaflet.layout();
    double edge = print.trimOffsetMm();
    double pageHeight = (layout.height() + 2 * edge) * (measuring ? MEASURING_PAGE_FACTOR : 1);
    String pageCss = "@page { size: " + mm(layout.width() + 2 * edge) + " " + mm(pageHeight)
        + "; margin: 0; }";
    List<SideView> sides = new ArrayList<>();
    for (Side side : layout.sides(leaflet.panels().size())) {
      sides.add(side(leaflet, side, print, sides.isEmpty()));
    }
    Bilingual title = leaflet.title();
    return new LeafletView(layout.code(), leaflet.languages().code(),
        title.vi() + " – " + title.en(), title, leaflet.subtitle(), leaflet.publisher(), pageCss,
        sides);
  }

  private static SideView side(Leaflet leaflet, Side side, PrintOptions print, boolean first) {
    Layout layout = leaflet.layout();
    double edge = print.trimOffsetMm();
    String style = "width: " + mm(layout.width() + 2 * edge) + "; height: "
        + mm(layout.height() + 2 * edge) + ";" + (first ? "" : " page-break-before: always;");
    List<BoxView> backgrounds = new ArrayList<>();
    List<PanelView> panels = new ArrayList<>();
    for (Frame frame : side.frames()) {
      BoxView background = background(layout, frame, print);
      backgrounds.add(background);
      String frameStyle = "left: " + mm(edge + frame.x() + frame.left()) + "; top: "
          + mm(edge + frame.top()) + "; width: " + mm(frame.textWidth()) + "; height: "
          + mm(layout.height() - frame.top() - frame.bottom()) + ";";
      panels.add(new PanelView(frame.panel(), frame.role().name().toLowerCase(Locale.ROOT),
          frameStyle, frame.role() == Role.COVER, background.kind().equals("cover"),
          leaflet.panels().get(frame.panel() - 1).blocks()));
    }
    FolioView folio = null;
    if (side.folio() != null && !side.frames().isEmpty()) {
      Frame frame = side.frames().getFirst();
      boolean rightHand = side.folio() % 2 == 1;
      folio = new FolioView(Integer.toString(side.folio()), "left: "
          + mm(edge + frame.x() + frame.left()) + "; top: "
          + mm(edge + layout.height() - FOLIO_FROM_FOOT_MM) + "; width: " + mm(frame.textWidth())
          + "; text-align: " + (rightHand ? "right" : "left") + ";");
    }
    return new SideView(style, backgrounds, panels, folio);
  }

  /**
   * A cover is coloured all over, a fold's back panel tinted, an inside panel has a band along
   * its top. Wherever the colour reaches the trim it runs on into the bleed, so that a sheet cut a
   * little off never shows a white edge.
   */
  private static BoxView background(Layout layout, Frame frame, PrintOptions print) {
    boolean booklet = layout == Layout.A5_BOOKLET;
    String kind = switch (frame.role()) {
      case COVER -> "cover";
      case BACK -> booklet ? "cover" : "back";
      case INSIDE -> "band";
    };
    double height = frame.role() == Role.INSIDE ? BAND_MM : layout.height();
    double bleed = print.bleedMm();
    double edge = print.trimOffsetMm();
    double left = frame.x() == 0 ? bleed : 0;
    double right = Math.abs(frame.x() + frame.width() - layout.width()) < 0.01 ? bleed : 0;
    double bottom = Math.abs(height - layout.height()) < 0.01 ? bleed : 0;
    String style = "left: " + mm(edge + frame.x() - left) + "; top: " + mm(edge - bleed)
        + "; width: " + mm(frame.width() + left + right) + "; height: "
        + mm(height + bleed + bottom) + ";";
    return new BoxView(kind, style);
  }

  static String mm(double value) {
    return String.format(Locale.ROOT, "%.2fmm", value);
  }
}
