package vn.vanthu.rendering;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/**
 * The TrueType fonts documents are set in, read once per process from {@code fonts/} (and an
 * optional directory of licensed fonts that take precedence), never from the system.
 */
public final class FontRegistry {

  /** One face: its family as the CSS names it, weight, style and the file's bytes. */
  public record Face(String family, int weight, boolean italic, String file, byte[] bytes) {}

  private static final String PACKAGED = "vanthu-fonts/";
  private static final List<String> PACKAGED_FILES = List.of("LiberationSerif-Regular.ttf",
      "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf",
      "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf",
      "LiberationSans-BoldItalic.ttf");

  private final List<Face> faces;
  private final boolean cacheGlyphs;
  /** The faces as the files have them. */
  private final Variant full;
  /** The faces reduced to the {@link Repertoire}; null until {@link #prepareRepertoire}. */
  private volatile @Nullable Variant repertoire;
  private final FontMetricsCache metrics;

  private FontRegistry(List<Face> faces, boolean cacheGlyphs) {
    this.faces = List.copyOf(faces);
    this.cacheGlyphs = cacheGlyphs;
    this.full = new Variant(this.faces, cacheGlyphs, false);
    if (cacheGlyphs) {
      // The first render's fonts, parsed now: the metrics are read from them, then they are pooled.
      List<TrueTypeFont> first = full.parse();
      this.metrics = FontMetricsCache.of(this.faces, first);
      full.pool.offer(first);
    } else {
      this.metrics = FontMetricsCache.none();
    }
  }

  /** The parsed fonts lent to one document by {@code registerWith}; {@link #release} takes them. */
  public static final class Lease {
    private final List<TrueTypeFont> fonts;
    private final Variant variant;

    private Lease(List<TrueTypeFont> fonts, Variant variant) {
      this.fonts = fonts;
      this.variant = variant;
    }

    /** Whether the document is set in the faces reduced to the repertoire. */
    public boolean reduced() {
      return variant.reduced;
    }
  }

  /**
   * One set of faces: their bytes, a pool of parsed sets (parsing is the costly part, so sets are
   * reused, one per render in flight) and, per face, its glyph cache (null when documents measure
   * through PDFBox alone).
   */
  private static final class Variant {
    private final List<Face> faces;
    private final Queue<List<TrueTypeFont>> pool = new ConcurrentLinkedQueue<>();
    private final @Nullable List<GlyphCache> glyphCaches;
    private final boolean reduced;

    Variant(List<Face> faces, boolean cacheGlyphs, boolean reduced) {
      this.faces = faces;
      this.reduced = reduced;
      this.glyphCaches = cacheGlyphs ? faces.stream().map(f -> new GlyphCache()).toList() : null;
    }

    List<TrueTypeFont> take() {
      List<TrueTypeFont> set = pool.poll();
      return set != null ? set : parse();
    }

    List<TrueTypeFont> parse() {
      return faces.stream().map(FontRegistry::parseForRendering).toList();
    }
  }

  /**
   * The same faces, with every document measuring and encoding text through PDFBox alone: the
   * reference {@code CachedGlyphFontTests} compares against.
   */
  FontRegistry withoutGlyphCache() {
    return new FontRegistry(faces, false);
  }

  /** Loads the fonts the settings point at; the packaged ones when {@code fontsDir} is missing. */
  public static FontRegistry load(RenderingSettings settings) {
    Map<String, Face> byKey = new LinkedHashMap<>();
    if (Files.isDirectory(settings.fontsDir())) {
      readDirectory(settings.fontsDir()).forEach(f -> byKey.put(key(f), f));
    } else {
      for (String file : PACKAGED_FILES) {
        Face face = readPackaged(file);
        byKey.put(key(face), face);
      }
    }
    Path extra = settings.extraFontsDir();
    if (extra != null && Files.isDirectory(extra)) {
      readDirectory(extra).forEach(f -> byKey.put(key(f), f));
    }
    if (byKey.isEmpty()) {
      throw new IllegalStateException("no TrueType fonts found in " + settings.fontsDir());
    }
    return new FontRegistry(new ArrayList<>(byKey.values()), true);
  }

  /** Every face, in registration order. */
  public List<Face> faces() {
    return faces;
  }

  /**
   * Reduces every face to the {@link Repertoire} (about 12 ms a face, once), so that documents
   * written in it are set in fonts PDFBox prepares three times faster. Worth it for a process that
   * renders many documents; a one-document run does without.
   */
  public synchronized void prepareRepertoire() {
    if (repertoire != null) {
      return;
    }
    List<Face> reduced = new ArrayList<>();
    for (Face face : faces) {
      try {
        reduced.add(new Face(face.family(), face.weight(), face.italic(), face.file(),
            Repertoire.reduce(face.bytes())));
      } catch (IOException | RuntimeException e) {
        return; // an odd licensed font: documents keep the full faces
      }
    }
    repertoire = new Variant(List.copyOf(reduced), cacheGlyphs, true);
  }

  /**
   * Registers every face with a builder rendering into {@code document}, subset on embedding: the
   * faces reduced to the repertoire when they are prepared and {@code text} (the document's XHTML)
   * is written in it, else the full faces. The parsed fonts come from a pool; they must be given
   * back with {@link #release} once the document has been saved, and are never used by two renders
   * at once.
   */
  public Lease registerWith(PdfRendererBuilder builder, PDDocument document, CharSequence text) {
    Variant reduced = repertoire;
    return register(reduced != null && Repertoire.covers(text) ? reduced : full, builder,
        document);
  }

  /** Registers the full faces, as {@code registerWith(builder, document, text)} otherwise does. */
  public Lease registerWith(PdfRendererBuilder builder, PDDocument document) {
    return register(full, builder, document);
  }

  private Lease register(Variant variant, PdfRendererBuilder builder, PDDocument document) {
    List<TrueTypeFont> set = variant.take();
    builder.useCacheStore(CacheStore.PDF_FONT_METRICS, metrics);
    for (int i = 0; i < variant.faces.size(); i++) {
      Face face = variant.faces.get(i);
      GlyphCache glyphs = variant.glyphCaches == null ? null : variant.glyphCaches.get(i);
      builder.useFont(new LazyFont(document, set.get(i), glyphs), face.family(), face.weight(),
          face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
    }
    return new Lease(set, variant);
  }

  /** Gives a document's parsed fonts back to the pool after the document was saved. */
  public void release(Lease lease) {
    lease.variant.pool.offer(lease.fonts);
  }

  private static TrueTypeFont parseForRendering(Face face) {
    try {
      return new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse font " + face.file(), e);
    }
  }

  /** Creates the document's font only when the layout first uses the face. */
  private static final class LazyFont extends PDFontSupplier {
    private final PDDocument document;
    private final TrueTypeFont font;
    private final @Nullable GlyphCache glyphs;
    private @Nullable PDFont loaded;

    LazyFont(PDDocument document, TrueTypeFont font, @Nullable GlyphCache glyphs) {
      super(null);
      this.document = document;
      this.font = font;
      this.glyphs = glyphs;
    }

    @Override
    public PDFont supply() {
      if (loaded == null) {
        try {
          PDType0Font embedded = PDType0Font.load(document, font, true);
          loaded = glyphs == null ? embedded : new CachedGlyphFont(embedded, glyphs);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot embed font", e);
        }
      }
      return loaded;
    }
  }

  private static String key(Face face) {
    return face.family().toLowerCase(Locale.ROOT) + "/" + face.weight() + "/" + face.italic();
  }

  private static List<Face> readDirectory(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttf"))
          .sorted()
          .map(p -> parse(p.getFileName().toString(), readAll(p)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list fonts in " + dir, e);
    }
  }

  private static Face readPackaged(String file) {
    URL url = FontRegistry.class.getClassLoader().getResource(PACKAGED + file);
    if (url == null) {
      throw new IllegalStateException("packaged font missing: " + file);
    }
    try (InputStream in = url.openStream()) {
      return parse(file, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read packaged font " + file, e);
    }
  }

  private static byte[] readAll(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font " + path, e);
    }
  }

  /** Reads family, weight and style from the font's own tables rather than trusting file names. */
  static Face parse(String file, byte[] original) {
    byte[] bytes = FontTables.forDocuments(original);
    try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
      NamingTable naming = font.getNaming();
      String family = naming == null ? null : preferredFamily(naming);
      OS2WindowsMetricsTable os2 = font.getOS2Windows();
      int weight = os2 == null ? 400 : os2.getWeightClass();
      boolean italic = os2 != null && (os2.getFsSelection() & 1) != 0;
      return new Face(family == null ? file : family, weight, italic, file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("not a TrueType font: " + file, e);
    }
  }

  private static @Nullable String preferredFamily(NamingTable naming) {
    String typographic = naming.getName(16, 3, 1, 0x409);
    return typographic != null ? typographic : naming.getFontFamily();
  }
}
