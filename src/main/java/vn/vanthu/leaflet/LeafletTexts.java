package vn.vanthu.leaflet;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vanthu.leaflet.Block.BulletList;
import vn.vanthu.leaflet.Block.Contact;
import vn.vanthu.leaflet.Block.FactBox;
import vn.vanthu.leaflet.Block.Heading;
import vn.vanthu.leaflet.Block.Image;
import vn.vanthu.leaflet.Block.Paragraph;

/**
 * Every text pair of a leaflet with where it is: its JSON path and its place in words, the same
 * ones the reader uses, so that every check points at the same spot.
 */
public final class LeafletTexts {

  /**
   * One text pair and where it is.
   *
   * @param path the JSON path of the pair, e.g. {@code panels[2].blocks[0]}
   * @param place where it is in words, e.g. {@code panel 3 (inside middle), block 1 (heading)}
   */
  public record Located(String path, String place, Bilingual text) {}

  private LeafletTexts() {}

  /** Every text pair in reading order: title, subtitle, publisher, then panel by panel. */
  public static List<Located> of(Leaflet leaflet) {
    List<Located> texts = new ArrayList<>();
    texts.add(new Located("title", "the title", leaflet.title()));
    add(texts, "subtitle", "the subtitle", leaflet.subtitle());
    texts.add(new Located("publisher", "the publisher", leaflet.publisher()));
    String field = leaflet.layout().unit() + "s";
    for (int p = 0; p < leaflet.panels().size(); p++) {
      List<Block> blocks = leaflet.panels().get(p).blocks();
      for (int b = 0; b < blocks.size(); b++) {
        String path = field + "[" + p + "].blocks[" + b + "]";
        String place = leaflet.panelName(p + 1) + ", block " + (b + 1) + " (" + blocks.get(b).kind()
            + ")";
        block(texts, path, place, blocks.get(b));
      }
    }
    return texts;
  }

  private static void block(List<Located> texts, String path, String place, Block block) {
    switch (block) {
      case Heading h -> texts.add(new Located(path, place, h.text()));
      case Paragraph p -> texts.add(new Located(path, place, p.text()));
      case BulletList l -> {
        for (int i = 0; i < l.items().size(); i++) {
          texts.add(new Located(path + ".items[" + i + "]", place + ", item " + (i + 1),
              l.items().get(i)));
        }
      }
      case FactBox f -> {
        add(texts, path + ".title", place + ", title", f.title());
        for (int i = 0; i < f.facts().size(); i++) {
          String fact = path + ".items[" + i + "]";
          texts.add(new Located(fact + ".value", place + ", fact " + (i + 1) + " value",
              f.facts().get(i).value()));
          texts.add(new Located(fact + ".label", place + ", fact " + (i + 1) + " label",
              f.facts().get(i).label()));
        }
      }
      case Contact c -> {
        texts.add(new Located(path + ".name", place + ", name", c.name()));
        add(texts, path + ".address", place + ", address", c.address());
      }
      case Image i -> {
        texts.add(new Located(path + ".caption", place + ", caption", i.caption()));
      }
    }
  }

  private static void add(List<Located> texts, String path, String place,
      @Nullable Bilingual text) {
    if (text != null) {
      texts.add(new Located(path, place, text));
    }
  }
}
