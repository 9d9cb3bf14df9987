package vn.vanthu.rendering;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.pdfboxout.PdfBoxRawPDFontMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * openhtmltopdf's cache of font metrics (ascent, descent, underline and strike-through), computed
 * once per process from each face as PDFBox embeds it.
 *
 * <p>Documents get a {@link CachedGlyphFont}, which openhtmltopdf cannot see through to the
 * TrueType program: measured from it, the underline would fall back to the descent. So the metrics
 * are taken from a plain {@link PDType0Font} beforehand, under the key openhtmltopdf looks them up
 * by; {@code CachedGlyphFontTests} renders underlined text both ways to prove they are found.
 */
final class FontMetricsCache implements FSCacheEx<String, FSCacheValue> {

  private final Map<String, FSCacheValue> byKey = new ConcurrentHashMap<>();
  private final boolean enabled;

  private FontMetricsCache(boolean enabled) {
    this.enabled = enabled;
  }

  /** A cache that holds nothing, as openhtmltopdf's default: every document measures its fonts. */
  static FontMetricsCache none() {
    return new FontMetricsCache(false);
  }

  /** A cache holding every face's metrics, read from {@code parsed}, the faces' fonts in order. */
  static FontMetricsCache of(List<FontRegistry.Face> faces, List<TrueTypeFont> parsed) {
    FontMetricsCache cache = new FontMetricsCache(true);
    // A document that is never saved: loading a font into it embeds nothing and leaves the
    // parsed font as it was, ready for the first render.
    try (PDDocument scratch = new PDDocument()) {
      for (int i = 0; i < faces.size(); i++) {
        PDType0Font font = PDType0Font.load(scratch, parsed.get(i), true);
        cache.put(key(faces.get(i)),
            PdfBoxRawPDFontMetrics.fromPdfBox(font, font.getFontDescriptor()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the metrics of the fonts", e);
    }
    return cache;
  }

  /** openhtmltopdf's key ({@code PdfBoxFontResolver.FontDescription}): family, weight, style. */
  private static String key(FontRegistry.Face face) {
    IdentValue style = face.italic() ? IdentValue.ITALIC : IdentValue.NORMAL;
    return "font-metrics2:" + face.family() + ":" + face.weight() + ":" + style;
  }

  @Override
  public void put(String key, FSCacheValue value) {
    if (enabled) {
      byKey.putIfAbsent(key, value);
    }
  }

  @Override
  public FSCacheValue get(String key) {
    return byKey.get(key);
  }

  @Override
  public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
    FSCacheValue value = byKey.get(key);
    if (value != null) {
      return value;
    }
    try {
      value = loader.call();
    } catch (Exception e) {
      throw new IllegalStateException("cannot load " + key, e);
    }
    put(key, value);
    return value;
  }
}
