package vn.vanthu.leaflet;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.vanthu.document.VietnameseText;

/** One piece of a panel's content; every text in it is a Vietnamese/English pair. */
public sealed interface Block {

  /** The block's type as the JSON and the templates name it, e.g. {@code paragraph}. */
  String kind();

  /** A heading. */
  record Heading(Bilingual text) implements Block {
    public Heading {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public String kind() {
      return "heading";
    }
  }

  /** A paragraph. */
  record Paragraph(Bilingual text) implements Block {
    public Paragraph {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public String kind() {
      return "paragraph";
    }
  }

  /** A bulleted list; each item is printed in both languages. */
  record BulletList(List<Bilingual> items) implements Block {
    public BulletList {
      items = List.copyOf(items);
      if (items.isEmpty()) {
        throw new IllegalArgumentException("a list needs items");
      }
    }

    @Override
    public String kind() {
      return "list";
    }
  }

  /** A boxed set of key figures, each a value (8 %, 1900 9068) set large beside its label. */
  record FactBox(@Nullable Bilingual title, List<Fact> facts) implements Block {
    public FactBox {
      facts = List.copyOf(facts);
      if (facts.isEmpty()) {
        throw new IllegalArgumentException("a fact box needs facts");
      }
    }

    @Override
    public String kind() {
      return "facts";
    }
  }

  /** One figure of a fact box; the value may differ by language (1,5 % and 1.5 %). */
  record Fact(Bilingual value, Bilingual label) {
    public Fact {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(label, "label");
    }
  }

  /** Where to turn: an office's name and address, and its telephone, e-mail and website. */
  record Contact(Bilingual name, @Nullable Bilingual address, @Nullable String phone,
      @Nullable String email, @Nullable String web) implements Block {
    public Contact {
      Objects.requireNonNull(name, "name");
      phone = VietnameseText.normalizeOptional(phone);
      email = VietnameseText.normalizeOptional(email);
      web = VietnameseText.normalizeOptional(web);
    }

    @Override
    public String kind() {
      return "contact";
    }
  }

  /**
   * A picture from a local file with its caption in both languages.
   *
   * @param alt what the picture shows, for readers who cannot see it (PDF/UA)
   * @param widthPercent its printed width, as a share of the panel's text width
   */
  record Image(LeafletImage image, Bilingual caption, Bilingual alt, int widthPercent)
      implements Block {
    public Image {
      Objects.requireNonNull(image, "image");
      Objects.requireNonNull(caption, "caption");
      Objects.requireNonNull(alt, "alt");
      if (widthPercent < 10 || widthPercent > 100) {
        throw new IllegalArgumentException("an image's width is 10 to 100 % of the text width");
      }
    }

    @Override
    public String kind() {
      return "image";
    }
  }
}
