package vn.vanthu.leaflet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import vn.vanthu.leaflet.Layout.Frame;
import vn.vanthu.leaflet.Layout.Side;

/**
 * Where panels and pages go so that the sheet folds right: a roll-folded tri-fold, a bi-fold, and
 * a booklet imposed for saddle stitching.
 */
class LayoutTests {

  private static List<Integer> leftToRight(Side side) {
    return side.frames().stream().sorted(java.util.Comparator.comparingDouble(Frame::x))
        .map(Frame::panel).toList();
  }

  @Test
  void theTrifoldsOutsideIsFlapBackCoverAndItsInsideIsTwoThreeFour() {
    List<Side> sides = Layout.A4_TRIFOLD.sides(6);

    assertThat(sides).extracting(Side::name).containsExactly("outside", "inside");
    assertThat(leftToRight(sides.get(0))).containsExactly(5, 6, 1);
    assertThat(leftToRight(sides.get(1))).containsExactly(2, 3, 4);
  }

  @Test
  void theTrifoldsFoldInPanelIsNarrowerOnBothFacesAndTheFoldsMirror() {
    List<Side> sides = Layout.A4_TRIFOLD.sides(6);
    Frame flap = sides.get(0).frames().stream().filter(f -> f.panel() == 5).findFirst()
        .orElseThrow();
    Frame insideRight = sides.get(1).frames().stream().filter(f -> f.panel() == 4).findFirst()
        .orElseThrow();

    assertThat(flap.width()).isEqualTo(97.5).isEqualTo(insideRight.width());
    assertThat(sides.get(0).folds()).containsExactly(97.5, 197.25);
    // Printed on the back of the sheet, the inside's folds are the outside's seen from behind.
    assertThat(sides.get(1).folds()).containsExactly(297 - 197.25, 297 - 97.5);
    for (Side side : sides) {
      assertThat(side.frames().stream().mapToDouble(Frame::width).sum()).isEqualTo(297.0);
    }
  }

  @Test
  void theBifoldsOutsideIsBackThenCover() {
    List<Side> sides = Layout.A4_BIFOLD.sides(4);

    assertThat(leftToRight(sides.get(0))).containsExactly(4, 1);
    assertThat(leftToRight(sides.get(1))).containsExactly(2, 3);
    assertThat(sides.get(0).folds()).containsExactly(148.5);
  }

  @Test
  void eightBookletPagesAreImposedForSaddleStitching() {
    assertThat(BookletImposition.order(8)).containsExactly(
        new int[] {8, 1}, new int[] {2, 7}, new int[] {6, 3}, new int[] {4, 5});
  }

  @Test
  void twelveBookletPagesTakeThreeSheets() {
    assertThat(BookletImposition.order(12)).containsExactly(
        new int[] {12, 1}, new int[] {2, 11}, new int[] {10, 3}, new int[] {4, 9},
        new int[] {8, 5}, new int[] {6, 7});
  }

  @Test
  void aBookletIsPaddedToFourPagesASheetWithTheBackCoverLast() {
    List<Side> pages = Layout.A5_BOOKLET.sides(6);

    assertThat(pages).hasSize(8);
    assertThat(pages).extracting(p -> p.frames().isEmpty() ? 0 : p.frames().getFirst().panel())
        .containsExactly(1, 2, 3, 4, 5, 0, 0, 6);
    assertThat(pages).extracting(Side::folio).containsExactly(null, 2, 3, 4, 5, null, null, null);
  }

  @Test
  void aBookletsInnerMarginIsOnTheSpineSide() {
    List<Side> pages = Layout.A5_BOOKLET.sides(8);
    Frame right = pages.get(2).frames().getFirst();
    Frame left = pages.get(3).frames().getFirst();

    assertThat(right.left()).isGreaterThan(right.right());
    assertThat(left.right()).isGreaterThan(left.left());
  }

  /** On each imposed sheet, the left and right halves carry the pages the order says. */
  @Test
  void theImposedBookletHasItsPagesOnTheRightHalvesOfTheSheets() throws IOException {
    Leaflet booklet = LeafletSamples.read(LeafletSamples.BOOKLET);
    byte[] reader = LeafletSamples.RENDERER.render(booklet, PrintOptions.TRIMMED).pdf();
    byte[] sheets = LeafletSamples.RENDERER.impose(booklet, reader, PrintOptions.TRIMMED);
    try (PDDocument imposed = Loader.loadPDF(sheets)) {
      assertThat(imposed.getNumberOfPages()).isEqualTo(4);
      PDFTextStripperByArea halves = new PDFTextStripperByArea();
      float half = imposed.getPage(0).getMediaBox().getWidth() / 2;
      float height = imposed.getPage(0).getMediaBox().getHeight();
      halves.addRegion("left", new java.awt.geom.Rectangle2D.Float(0, 0, half, height));
      halves.addRegion("right", new java.awt.geom.Rectangle2D.Float(half, 0, half, height));
      assertHalves(halves, imposed, 0, "7 Tràng Thi",
          "Bảo hiểm xã hội Việt Nam và hợp tác quốc tế");
      assertHalves(halves, imposed, 1, "Về Bảo hiểm xã hội Việt Nam", "Những mốc chính");
      assertHalves(halves, imposed, 2, "Thông tin cho bạn bè quốc tế",
          "Chiến lược hội nhập quốc tế");
      assertHalves(halves, imposed, 3, "Diễn đàn khu vực và quốc tế", "Hợp tác song phương");
    }
  }

  private static void assertHalves(PDFTextStripperByArea halves, PDDocument imposed, int sheet,
      String left, String right) throws IOException {
    halves.extractRegions(imposed.getPage(sheet));
    assertThat(halves.getTextForRegion("left").replaceAll("\\s+", ""))
        .as("left half of side %d", sheet + 1).contains(left.replaceAll("\\s+", ""));
    assertThat(halves.getTextForRegion("right").replaceAll("\\s+", ""))
        .as("right half of side %d", sheet + 1).contains(right.replaceAll("\\s+", ""));
  }
}
