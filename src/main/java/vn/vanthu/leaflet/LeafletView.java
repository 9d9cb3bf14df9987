package vn.vanthu.leaflet;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the leaflet template prints, with every position already worked out in millimetres:
 * the template only places boxes, Java decides where.
 *
 * @param layout the layout's code, a class on the body for the type sizes
 * @param languages the arrangement's code, which picks the block fragments
 * @param metadataTitle the PDF's title: the Vietnamese title and the English one
 * @param pageCss the page size
 * @param sides the printed sides, one PDF page each
 */
public record LeafletView(
    String layout,
    String languages,
    String metadataTitle,
    Bilingual title,
    @Nullable Bilingual subtitle,
    Bilingual publisher,
    String pageCss,
    List<SideView> sides) {

  /** One printed side, with its backgrounds, its panels and its page number. */
  public record SideView(String style, List<BoxView> backgrounds, List<PanelView> panels,
      @Nullable FolioView folio) {}

  /** A coloured area behind the panels; runs into the bleed where it touches the trim. */
  public record BoxView(String kind, String style) {}

  /**
   * One panel's text area.
   *
   * @param number the panel's number, for the ids that the layout checks look up
   * @param role {@code cover}, {@code back} or {@code inside}
   * @param cover whether the title is printed at the top of this panel
   * @param dark whether the panel is printed on the covers' dark blue, in light type
   */
  public record PanelView(int number, String role, String style, boolean cover, boolean dark,
      List<Block> blocks) {}

  /** A booklet's page number. */
  public record FolioView(String text, String style) {}
}
