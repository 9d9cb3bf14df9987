package vn.vanthu.leaflet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.vanthu.document.InvalidDocumentException;
import vn.vanthu.document.Violation;

/**
 * Every check a leaflet goes through before anything is printed, each with its exact, located
 * message: a text missing one of its languages, a glossary term translated another way, a panel
 * whose content overflows, a picture below 300 dpi at its printed size.
 */
class LeafletChecksTests {

  private static List<Violation> violations(byte[] json, ImageSource images) {
    try {
      LeafletSamples.RENDERING.render(json, images, PrintOptions.TRIMMED, false);
    } catch (InvalidDocumentException e) {
      return e.violations();
    }
    throw new AssertionError("the leaflet was printed");
  }

  private static List<Violation> violations(byte[] json) {
    return violations(json, LeafletSamples.IMAGES);
  }

  private static ObjectNode block(ObjectNode root, int panel, int block) {
    return (ObjectNode) root.withArray("panels").get(panel).withArray("blocks").get(block);
  }

  @Test
  void everySampleRendersWithoutAProblem() {
    for (String sample : List.of(LeafletSamples.TRIFOLD, LeafletSamples.BIFOLD,
        LeafletSamples.BOOKLET)) {
      LeafletSamples.RENDERING.render(LeafletSamples.json(sample), LeafletSamples.IMAGES,
          PrintOptions.PRINT_SHOP, false);
    }
  }

  @Test
  void aHeadingWithoutItsEnglishIsRefusedWithItsPanelAndBlock() {
    byte[] json = LeafletSamples.edited(LeafletSamples.TRIFOLD,
        root -> block(root, 1, 0).remove("en"));

    assertThat(violations(json)).containsExactly(new Violation("panels[1].blocks[0].en",
        "panel 2 (inside left), block 1 (heading): the English text is missing"));
  }

  @Test
  void aListItemWithABlankVietnameseTextIsRefusedWithItsItem() {
    byte[] json = LeafletSamples.edited(LeafletSamples.TRIFOLD,
        root -> ((ObjectNode) block(root, 1, 2).withArray("items").get(1)).put("vi", "  "));

    assertThat(violations(json)).containsExactly(new Violation("panels[1].blocks[2].items[1].vi",
        "panel 2 (inside left), block 3 (list), item 2: the Vietnamese text is missing"));
  }

  @Test
  void aBookletPageWithoutTheEnglishOfItsCaptionIsRefused() {
    byte[] json = LeafletSamples.edited(LeafletSamples.BOOKLET, root -> ((ObjectNode)
        root.withArray("pages").get(0).withArray("blocks").get(0).get("caption")).remove("en"));

    assertThat(violations(json)).containsExactly(new Violation("pages[0].blocks[0].caption.en",
        "page 1 (front cover), block 1 (image), caption: the English text is missing"));
  }

  @Test
  void aGlossaryTermTranslatedTheWayToAvoidIsNamed() {
    byte[] json = LeafletSamples.edited(LeafletSamples.TRIFOLD,
        root -> block(root, 2, 0).put("en", "Medical insurance"));

    assertThat(violations(json)).containsExactly(new Violation("panels[2].blocks[0].en",
        "panel 3 (inside middle), block 1 (heading): \"bảo hiểm y tế\" is translated \"health "
            + "insurance\" in the glossary, not \"Medical insurance\""));
  }

  @Test
  void aGlossaryTermLeftOutOfTheEnglishIsReported() {
    byte[] json = LeafletSamples.edited(LeafletSamples.BOOKLET, root -> ((ObjectNode)
        root.withArray("pages").get(1).withArray("blocks").get(0))
        .put("en", "About the Vietnamese social security agency"));

    assertThat(violations(json)).containsExactly(new Violation("pages[1].blocks[0].en",
        "page 2, block 1 (heading): \"Bảo hiểm xã hội Việt Nam\" is translated \"Vietnam Social "
            + "Security\" in the glossary, but the English does not use it"));
  }

  @Test
  void aLeafletsOwnGlossaryTranslatesATermItsWay() {
    byte[] json = LeafletSamples.edited(LeafletSamples.TRIFOLD, root -> root.putArray("glossary")
        .addObject().put("vi", "bảo hiểm y tế").put("en", "medical insurance"));

    List<Violation> found = violations(json);

    assertThat(found).isNotEmpty().allSatisfy(v -> assertThat(v.reason())
        .contains("\"bảo hiểm y tế\" is translated \"medical insurance\" in the glossary, but the "
            + "English does not use it"));
    assertThat(found).extracting(Violation::field).contains("subtitle.en",
        "panels[2].blocks[0].en");
  }

  /** Fourteen copies of a paragraph at the foot of the inside middle panel. */
  private static byte[] overflowingMiddlePanel() {
    return withParagraphs(14);
  }

  private static byte[] withParagraphs(int count) {
    return LeafletSamples.edited(LeafletSamples.TRIFOLD, root -> {
      ArrayNode blocks = root.withArray("panels").get(2).withArray("blocks");
      for (int i = 0; i < count; i++) {
        blocks.addObject().put("type", "paragraph")
            .put("vi", "Người lao động mang theo thẻ khi đi khám bệnh.")
            .put("en", "Workers bring their card when they see a doctor.");
      }
    });
  }

  @Test
  void aPanelThatOverflowsIsNamedWithTheAmount() {
    assertThat(violations(overflowingMiddlePanel())).containsExactly(
        new Violation("panels[2]", "panel 3 (inside middle) overflows by 100.8 mm"));
  }

  @Test
  void theOverflowIsTheSameWithBleed() {
    byte[] json = overflowingMiddlePanel();
    assertThatThrownBy(() -> LeafletSamples.RENDERING.render(json, LeafletSamples.IMAGES,
        PrintOptions.PRINT_SHOP, false))
        .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.violations())
            .containsExactly(new Violation("panels[2]",
                "panel 3 (inside middle) overflows by 100.8 mm")));
  }

  /** Each paragraph added past the foot adds its own height, the same each time. */
  @Test
  void theOverflowGrowsByTheHeightOfWhatIsAdded() {
    double[] overflow = new double[3];
    for (int i = 0; i < 3; i++) {
      String reason = violations(withParagraphs(12 + i)).getFirst().reason();
      overflow[i] = Double.parseDouble(reason.replaceAll(".* by ([0-9.]+) mm", "$1"));
    }
    assertThat(overflow[1] - overflow[0]).isCloseTo(overflow[2] - overflow[1],
        org.assertj.core.data.Offset.offset(0.15));
    // One pair of one-line paragraphs: two lines of 8.8 pt at 1.3 and the 1.2 + 2.8 mm gaps.
    assertThat(overflow[1] - overflow[0]).isCloseTo(2 * 8.8 * 1.3 * 25.4 / 72 + 4,
        org.assertj.core.data.Offset.offset(0.3));
  }

  @Test
  void aPictureBelow300DpiAtItsPrintedSizeIsRefusedWithThePixelsItNeeds() {
    byte[] small = png(400, 275);
    ImageSource images = name -> name.equals("images/small.png") ? small
        : LeafletSamples.IMAGES.read(name);
    byte[] json = LeafletSamples.edited(LeafletSamples.TRIFOLD,
        root -> block(root, 0, 0).put("file", "images/small.png"));

    assertThat(violations(json, images)).containsExactly(new Violation("panels[0].blocks[0].file",
        "panel 1 (front cover), block 1 (image): the image images/small.png has 121 dpi at its "
            + "printed size of 83.8 × 57.6 mm; print needs 300 dpi, at least 990 × 680 px (it "
            + "has 400 × 275)"));
  }

  @Test
  void aMissingPictureIsRefused() {
    byte[] json = LeafletSamples.edited(LeafletSamples.TRIFOLD,
        root -> block(root, 0, 0).put("file", "images/no-such.png"));

    assertThat(violations(json)).containsExactly(new Violation("panels[0].blocks[0].file",
        "panel 1 (front cover), block 1 (image): the image file images/no-such.png was not found"));
  }

  @Test
  void aPictureOutsideTheLeafletsFolderIsRefused() {
    byte[] json = LeafletSamples.edited(LeafletSamples.TRIFOLD,
        root -> block(root, 0, 0).put("file", "../../fonts/LiberationSans-Regular.ttf"));

    assertThat(violations(json)).containsExactly(new Violation("panels[0].blocks[0].file",
        "panel 1 (front cover), block 1 (image): '../../fonts/LiberationSans-Regular.ttf' must be "
            + "a relative path inside the leaflet's folder, such as images/cover.png"));
  }

  @Test
  void aTrifoldWithFivePanelsIsRefused() {
    byte[] json = LeafletSamples.edited(LeafletSamples.TRIFOLD,
        root -> root.withArray("panels").remove(5));

    assertThat(violations(json)).containsExactly(
        new Violation("panels", "a4-trifold takes exactly 6 panels, not 5"));
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    byte[] json = LeafletSamples.edited(LeafletSamples.TRIFOLD, root -> {
      block(root, 1, 0).remove("en");
      block(root, 3, 0).remove("vi");
      root.put("layout", "a3-poster");
    });

    assertThat(violations(json)).containsExactly(
        new Violation("layout", "is not a known value 'a3-poster'; expected one of a4-trifold, "
            + "a4-bifold, a5-booklet"),
        new Violation("panels[1].blocks[0].en", "panel 2, block 1 (heading): the English text "
            + "is missing"),
        new Violation("panels[3].blocks[0].vi", "panel 4, block 1 (heading): the Vietnamese text "
            + "is missing"));
  }

  private static byte[] png(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x9cc3e6));
    g.fillRect(0, 0, width, height);
    g.dispose();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
