package vn.vanthu.leaflet;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A bilingual leaflet or booklet: what it says, panel by panel, and how it is printed.
 *
 * @param layout how the sheet is printed and folded
 * @param languages how the two languages share each panel
 * @param title printed on the front cover, and the PDF's title
 * @param subtitle printed under the title, or null
 * @param publisher the publishing body, printed above the title
 * @param panels the panels in the order of {@link Layout#panelName}: 1 is the front cover
 * @param glossary terms this leaflet adds to the default glossary, or translates differently
 */
public record Leaflet(
    Layout layout,
    Arrangement languages,
    Bilingual title,
    @Nullable Bilingual subtitle,
    Bilingual publisher,
    List<Panel> panels,
    List<GlossaryTerm> glossary) {

  public Leaflet {
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(languages, "languages");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(publisher, "publisher");
    panels = List.copyOf(panels);
    glossary = List.copyOf(glossary);
    if (!layout.accepts(panels.size())) {
      throw new IllegalArgumentException(layout.code() + " takes " + layout.countRule() + ", not "
          + panels.size());
    }
  }

  /** What the n-th panel (from 1) is called in messages, e.g. {@code panel 3 (inside middle)}. */
  public String panelName(int number) {
    return layout.panelName(number, panels.size());
  }
}
