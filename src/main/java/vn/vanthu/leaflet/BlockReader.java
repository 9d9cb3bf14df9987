package vn.vanthu.leaflet;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.vanthu.document.JsonFields;
import vn.vanthu.leaflet.Block.BulletList;
import vn.vanthu.leaflet.Block.Contact;
import vn.vanthu.leaflet.Block.Fact;
import vn.vanthu.leaflet.Block.FactBox;
import vn.vanthu.leaflet.Block.Heading;
import vn.vanthu.leaflet.Block.Image;
import vn.vanthu.leaflet.Block.Paragraph;

/** Reads the blocks of one panel, naming each bad field with the panel and block it is in. */
final class BlockReader {

  static final List<String> KINDS =
      List.of("heading", "paragraph", "list", "facts", "contact", "image");
  private static final int MAX_ITEMS = 40;

  private final ImageSource images;

  BlockReader(ImageSource images) {
    this.images = images;
  }

  /** The blocks of a panel; those with errors are left out, and their errors recorded. */
  List<Block> read(JsonFields panel, String panelName) {
    List<Block> blocks = new ArrayList<>();
    List<JsonFields> items = panel.objects("blocks", true, 100);
    for (int i = 0; i < items.size(); i++) {
      Block block = read(items.get(i), panelName, i);
      if (block != null) {
        blocks.add(block);
      }
    }
    return blocks;
  }

  private @Nullable Block read(JsonFields block, String panelName, int index) {
    String kind = BilingualFields.text(block, "type", true);
    if (kind == null) {
      return null;
    }
    if (!KINDS.contains(kind)) {
      block.reject("type", "is not a known value '" + kind + "'; expected one of "
          + String.join(", ", KINDS));
      return null;
    }
    String place = panelName + ", block " + (index + 1) + " (" + kind + ")";
    return switch (kind) {
      case "heading" -> text(block, place, Heading::new);
      case "paragraph" -> text(block, place, Paragraph::new);
      case "list" -> list(block, place);
      case "facts" -> facts(block, place);
      case "contact" -> contact(block, place);
      default -> image(block, place);
    };
  }

  private static @Nullable Block text(JsonFields block, String place,
      java.util.function.Function<Bilingual, Block> make) {
    block.rejectUnknown(Set.of("type", "vi", "en"));
    Bilingual text = BilingualFields.pair(block, place);
    return text == null ? null : make.apply(text);
  }

  private static @Nullable Block list(JsonFields block, String place) {
    block.rejectUnknown(Set.of("type", "items"));
    List<JsonFields> items = block.objects("items", true, MAX_ITEMS);
    List<Bilingual> texts = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      items.get(i).rejectUnknown(Set.of("vi", "en"));
      Bilingual text = BilingualFields.pair(items.get(i), place + ", item " + (i + 1));
      if (text != null) {
        texts.add(text);
      }
    }
    if (items.isEmpty() && block.has("items")) {
      block.reject("items", place + ": a list needs at least one item");
    }
    return texts.isEmpty() || texts.size() < items.size() ? null : new BulletList(texts);
  }

  private static @Nullable Block facts(JsonFields block, String place) {
    block.rejectUnknown(Set.of("type", "title", "items"));
    Bilingual title = BilingualFields.bilingual(block, "title", place + ", title", false, false);
    List<JsonFields> items = block.objects("items", true, MAX_ITEMS);
    List<Fact> facts = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      JsonFields item = items.get(i);
      item.rejectUnknown(Set.of("value", "label"));
      String fact = place + ", fact " + (i + 1);
      Bilingual value = BilingualFields.bilingual(item, "value", fact + " value", true, true);
      Bilingual label = BilingualFields.bilingual(item, "label", fact + " label", true, false);
      if (value != null && label != null) {
        facts.add(new Fact(value, label));
      }
    }
    if (items.isEmpty() && block.has("items")) {
      block.reject("items", place + ": a fact box needs at least one fact");
    }
    boolean complete = !facts.isEmpty() && facts.size() == items.size()
        && (title != null || !block.has("title"));
    return complete ? new FactBox(title, facts) : null;
  }

  private static @Nullable Block contact(JsonFields block, String place) {
    block.rejectUnknown(Set.of("type", "name", "address", "phone", "email", "web"));
    Bilingual name = BilingualFields.bilingual(block, "name", place + ", name", true, false);
    Bilingual address = BilingualFields.bilingual(
        block, "address", place + ", address", false, false);
    String phone = BilingualFields.text(block, "phone", false);
    String email = BilingualFields.text(block, "email", false);
    String web = BilingualFields.text(block, "web", false);
    if (name == null || (address == null && block.has("address"))) {
      return null;
    }
    return new Contact(name, address, phone, email, web);
  }

  private @Nullable Block image(JsonFields block, String place) {
    block.rejectUnknown(Set.of("type", "file", "caption", "alt", "width"));
    Bilingual caption = BilingualFields.bilingual(
        block, "caption", place + ", caption", true, false);
    Bilingual alt = BilingualFields.bilingual(block, "alt", place + ", alt", false, false);
    Integer width = percent(block);
    String name = BilingualFields.text(block, "file", true);
    LeafletImage image = name == null ? null : load(block, place, name);
    if (image == null || caption == null || width == null || (alt == null && block.has("alt"))) {
      return null;
    }
    return new Image(image, caption, alt == null ? caption : alt, width);
  }

  private @Nullable LeafletImage load(JsonFields block, String place, String name) {
    String badName = ImageFiles.badName(name);
    if (badName != null) {
      block.reject("file", place + ": '" + name + "' " + badName);
      return null;
    }
    try {
      byte[] bytes = images.read(name);
      if (bytes == null) {
        block.reject("file", place + ": the image file " + name + " was not found");
        return null;
      }
      return ImageFiles.read(name, bytes);
    } catch (IOException e) {
      block.reject("file", place + ": the image file " + name + " could not be read");
    } catch (ImageFiles.Unusable e) {
      block.reject("file", place + ": the image file " + name + " " + e.getMessage());
    }
    return null;
  }

  private static @Nullable Integer percent(JsonFields block) {
    JsonNode value = block.get("width");
    if (value == null) {
      return 100;
    }
    if (!value.isIntegralNumber() || value.intValue() < 10 || value.intValue() > 100) {
      block.reject("width", "must be a whole number from 10 to 100 (per cent of the text width)");
      return null;
    }
    return value.intValue();
  }
}
