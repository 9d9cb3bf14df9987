package vn.vanthu.rendering;

import java.io.IOException;
import java.io.StringWriter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The glyphs of one PDF page with their positions, grouped into baselines, so that tests can find a
 * piece of text and measure where it stands, how large it is and in which face. Coordinates are in
 * pt from the top-left corner of the page; one millimetre is {@link #MM} pt.
 */
final class PageText {

  /** Points per millimetre. */
  static final float MM = 72f / 25.4f;

  /**
   * One glyph: its text, left edge, baseline, advance width, size in pt, font name, and the font's
   * ascent and descent in pt (both positive).
   */
  record Glyph(String text, float x, float baseline, float width, float size, String font,
      float ascent, float descent) {

    /** The top of the glyph's line box: baseline minus the font's ascent. */
    float top() {
      return baseline - ascent;
    }

    /** The bottom of the glyph's line box: baseline plus the font's descent. */
    float bottom() {
      return baseline + descent;
    }

    float right() {
      return x + width;
    }

    /** Whether the glyph is white space, a no-break space included. */
    boolean isSpace() {
      return squash(text).isEmpty();
    }

    boolean bold() {
      return font.contains("Bold");
    }

    boolean italic() {
      return font.contains("Italic") || font.contains("Oblique");
    }
  }

  /** Consecutive glyphs on one baseline, e.g. a line, a word or a found phrase. */
  record Run(int page, List<Glyph> glyphs) {

    /** The text, with a space wherever the glyphs leave a word gap without a space glyph. */
    String text() {
      StringBuilder text = new StringBuilder();
      Glyph previous = null;
      for (Glyph glyph : glyphs) {
        if (previous != null && !previous.isSpace() && !glyph.isSpace()
            && glyph.x() - previous.right() > 0.15f * glyph.size()) {
          text.append(' ');
        }
        text.append(glyph.text());
        previous = glyph;
      }
      return Normalizer.normalize(text.toString(), Normalizer.Form.NFC);
    }

    float left() {
      return ink().getFirst().x();
    }

    float right() {
      return ink().getLast().right();
    }

    float width() {
      return right() - left();
    }

    float centre() {
      return (left() + right()) / 2;
    }

    float baseline() {
      return glyphs.getFirst().baseline();
    }

    float top() {
      return (float) ink().stream().mapToDouble(Glyph::top).min().orElse(0);
    }

    float bottom() {
      return (float) ink().stream().mapToDouble(Glyph::bottom).max().orElse(0);
    }

    /** The largest font size of the run's visible glyphs. */
    float size() {
      return (float) ink().stream().mapToDouble(Glyph::size).max().orElse(0);
    }

    /** The smallest font size of the run's visible glyphs. */
    float minSize() {
      return (float) ink().stream().mapToDouble(Glyph::size).min().orElse(0);
    }

    boolean bold() {
      return ink().stream().allMatch(Glyph::bold);
    }

    boolean italic() {
      return ink().stream().allMatch(Glyph::italic);
    }

    boolean upright() {
      return ink().stream().noneMatch(Glyph::italic);
    }

    boolean regular() {
      return ink().stream().noneMatch(Glyph::bold);
    }

    /**
     * The glyphs without leading and trailing spaces; no-break spaces stay, as they are printed
     * blanks (the number and date of a draft).
     */
    List<Glyph> ink() {
      int from = 0;
      int to = glyphs.size();
      while (from < to && glyphs.get(from).text().isBlank()) {
        from++;
      }
      while (to > from && glyphs.get(to - 1).text().isBlank()) {
        to--;
      }
      return from == to ? glyphs : glyphs.subList(from, to);
    }

    /**
     * The first occurrence of a phrase in this run, as a run of its own. Whitespace (including
     * no-break spaces and word gaps without a space glyph) matches any run of whitespace.
     */
    Optional<Run> find(String phrase) {
      String target = squash(phrase);
      StringBuilder text = new StringBuilder();
      List<Integer> owners = new ArrayList<>();
      Glyph previous = null;
      for (int i = 0; i < glyphs.size(); i++) {
        Glyph glyph = glyphs.get(i);
        if (previous != null && !previous.isSpace() && !glyph.isSpace()
            && glyph.x() - previous.right() > 0.15f * glyph.size()) {
          append(text, owners, " ", i);
        }
        append(text, owners, glyph.isSpace() ? " " : squash(glyph.text()), i);
        previous = glyph;
      }
      int at = text.indexOf(target);
      if (target.isEmpty() || at < 0) {
        return Optional.empty();
      }
      int first = owners.get(at);
      int last = owners.get(at + target.length() - 1);
      return Optional.of(new Run(page, glyphs.subList(first, last + 1)));
    }

    private static void append(StringBuilder text, List<Integer> owners, String piece, int owner) {
      for (char c : piece.toCharArray()) {
        if (c == ' ' && (text.isEmpty() || text.charAt(text.length() - 1) == ' ')) {
          continue;
        }
        text.append(c);
        owners.add(owner);
      }
    }

    /** Splits this run where the gap between two glyphs exceeds the given width in pt. */
    List<Run> segments(float gap) {
      List<Run> runs = new ArrayList<>();
      int start = 0;
      for (int i = 1; i < glyphs.size(); i++) {
        if (glyphs.get(i).x() - glyphs.get(i - 1).right() > gap) {
          runs.add(new Run(page, glyphs.subList(start, i)));
          start = i;
        }
      }
      runs.add(new Run(page, glyphs.subList(start, glyphs.size())));
      return runs;
    }

    @Override
    public String toString() {
      return String.format("p%d [x %.1f–%.1f mm, base %.1f mm, %.1f pt%s%s] %s", page + 1,
          left() / MM, right() / MM, baseline() / MM, size(), bold() ? " bold" : "",
          italic() ? " italic" : "", text());
    }
  }

  private PageText() {}

  /** NFC with every run of white space (no-break spaces too) as one space, trimmed. */
  static String squash(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC)
        .replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
  }

  /** The lines of each page, top to bottom, each left to right. */
  static List<List<Run>> lines(PDDocument pdf) throws IOException {
    List<List<Run>> pages = new ArrayList<>();
    for (int page = 0; page < pdf.getNumberOfPages(); page++) {
      Collector collector = new Collector();
      collector.setStartPage(page + 1);
      collector.setEndPage(page + 1);
      collector.writeText(pdf, new StringWriter());
      pages.add(group(page, collector.glyphs));
    }
    return pages;
  }

  /** Groups glyphs whose baselines lie within 0.5 pt of each other. */
  private static List<Run> group(int page, List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::baseline));
    List<Run> lines = new ArrayList<>();
    List<Glyph> current = new ArrayList<>();
    for (Glyph glyph : sorted) {
      if (!current.isEmpty() && glyph.baseline() - current.getFirst().baseline() > 0.5f) {
        lines.add(line(page, current));
        current = new ArrayList<>();
      }
      current.add(glyph);
    }
    if (!current.isEmpty()) {
      lines.add(line(page, current));
    }
    return lines;
  }

  private static Run line(int page, List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::x));
    return new Run(page, List.copyOf(sorted));
  }

  /** Collects every glyph the stripper sees, with its own position. */
  private static final class Collector extends PDFTextStripper {

    private final List<Glyph> glyphs = new ArrayList<>();

    Collector() {
      setSortByPosition(true);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
      // TextPosition#getFontSizeInPt truncates to an int (14 pt can come out as 13), so the size
      // is taken from the text rendering matrix instead.
      float size = Math.round(text.getYScale() * 100) / 100f;
      PDFontDescriptor descriptor = text.getFont().getFontDescriptor();
      float ascent = descriptor == null ? 0.9f : descriptor.getAscent() / 1000;
      float descent = descriptor == null ? 0.2f : Math.abs(descriptor.getDescent()) / 1000;
      glyphs.add(new Glyph(text.getUnicode(), text.getXDirAdj(), text.getYDirAdj(),
          text.getWidthDirAdj(), size, text.getFont().getName(), ascent * size, descent * size));
    }
  }
}
