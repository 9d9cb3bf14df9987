package vn.vanthu.leaflet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;
import vn.vanthu.document.InvalidDocumentException;
import vn.vanthu.document.Violation;
import vn.vanthu.leaflet.Layout.Side;
import vn.vanthu.rendering.FontRegistry;
import vn.vanthu.rendering.PdfRenderer;
import vn.vanthu.rendering.RenderingSettings;
import vn.vanthu.rendering.TemplateRenderer;

/**
 * The leaflet pipeline: checks, then Thymeleaf XHTML, then a print-ready PDF. Nothing is printed
 * while a check fails: a glossary term translated another way, a panel that overflows, a picture
 * below 300 dpi; all of them are reported at once. Thread-safe.
 */
public final class LeafletRenderer {

  /** The template, under the templates directory. */
  static final String TEMPLATE = "leaflet/leaflet";
  static final String CSS = "leaflet/leaflet.css";

  /** A rendered leaflet: the PDF and the XHTML it was made from. */
  public record Rendered(byte[] pdf, String xhtml) {}

  private final TemplateRenderer templates;
  private final LeafletEngine engine;
  private final Glossary glossary;
  private final String css;

  /** Loads templates, stylesheet, glossary and fonts as the settings say. */
  public LeafletRenderer(RenderingSettings settings) {
    this(new TemplateRenderer(settings), FontRegistry.load(settings),
        Glossary.load(settings.templatesDir()),
        TemplateRenderer.readCss(existing(settings.templatesDir()), CSS));
  }

  public LeafletRenderer(TemplateRenderer templates, FontRegistry fonts, Glossary glossary,
      String css) {
    this.templates = templates;
    this.engine = new LeafletEngine(fonts);
    this.glossary = glossary;
    this.css = css;
  }

  /** The default glossary, before a leaflet adds its own terms. */
  public Glossary glossary() {
    return glossary;
  }

  /** The XHTML handed to the PDF engine. */
  public String xhtml(Leaflet leaflet, PrintOptions print) {
    return xhtml(leaflet, print, false);
  }

  private String xhtml(Leaflet leaflet, PrintOptions print, boolean measuring) {
    return templates.render(TEMPLATE, Map.of("leaflet",
        LeafletPresenter.present(leaflet, print, measuring), "css", css));
  }

  /**
   * Checks the leaflet and renders its PDF in reading order: PDF/A-3a, tagged for PDF/UA, fonts
   * embedded; with bleed, TrimBox, BleedBox, crop and fold marks for the print shop.
   *
   * @throws InvalidDocumentException listing every check that failed
   */
  public Rendered render(Leaflet leaflet, PrintOptions print) {
    List<Violation> violations = new ArrayList<>(glossary.check(leaflet));
    String xhtml = xhtml(leaflet, print);
    try (LeafletEngine.Laid laid = engine.layout(xhtml, PdfRenderer.PRODUCER)) {
      List<Violation> printed = PrintChecks.check(leaflet, laid);
      if (PrintChecks.overflows(printed)) {
        // Within its frame a panel never reaches the page's foot, so the printed layout tells
        // whether it overflows; how far is measured where nothing is pushed to another page.
        try (LeafletEngine.Laid tall = engine.layout(xhtml(leaflet, print, true),
            PdfRenderer.PRODUCER)) {
          printed = PrintChecks.check(leaflet, tall);
        }
      }
      violations.addAll(printed);
      if (!violations.isEmpty()) {
        throw new InvalidDocumentException(violations);
      }
      byte[] pdf = laid.write(document -> finish(document, leaflet, print));
      return new Rendered(pdf, xhtml);
    }
  }

  /**
   * The printer's PDF of a booklet: its reader PDF (rendered with the same options) imposed two
   * pages to an A4 sheet in saddle-stitch order.
   */
  public byte[] impose(Leaflet leaflet, byte[] readerPdf, PrintOptions print) {
    if (leaflet.layout() != Layout.A5_BOOKLET) {
      throw new IllegalArgumentException("only a booklet is imposed; a folded leaflet is printed"
          + " as it is, one sheet per copy");
    }
    try {
      return BookletImposition.impose(readerPdf,
          leaflet.title().vi() + " – " + leaflet.title().en(), print);
    } catch (IOException e) {
      throw new UncheckedIOException("imposition failed", e);
    }
  }

  private static void finish(PDDocument pdf, Leaflet leaflet, PrintOptions print)
      throws IOException {
    LeafletMetadata.finish(pdf, leaflet);
    Layout layout = leaflet.layout();
    List<Side> sides = layout.sides(leaflet.panels().size());
    for (int i = 0; i < pdf.getNumberOfPages(); i++) {
      List<Double> folds = i < sides.size() ? sides.get(i).folds() : List.of();
      PrintMarks.apply(pdf, pdf.getPage(i), print.trimOffsetMm(), print.trimOffsetMm(),
          layout.width(), layout.height(), folds, print);
    }
  }

  private static @Nullable Path existing(@Nullable Path dir) {
    return dir != null && Files.isDirectory(dir) ? dir : null;
  }
}
