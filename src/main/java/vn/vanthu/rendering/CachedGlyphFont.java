package vn.vanthu.rendering;

import java.io.IOException;
import java.io.InputStream;
import java.util.BitSet;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * A document's embedded font that measures and encodes text from a {@link GlyphCache} shared by
 * every document, and leaves everything else to the {@link PDType0Font} it wraps.
 *
 * <p>Why: openhtmltopdf measures every word it tries on a line, and again when it paints it, through
 * {@link PDFont#getStringWidth}; PDFBox answers by encoding the string through the font's cmap
 * into a byte array, reading the codes back through the encoding CMap and looking each width up in
 * a boxed map. That was 16 % of a warm render. Here a word's width is a sum of cached per-glyph
 * widths, added in the same order as PDFBox adds them, so every width is bit for bit the same.
 *
 * <p>The wrapper shares the wrapped font's dictionary: it writes the same resources, the same
 * subset and the same content-stream codes; {@code CachedGlyphFontTests} compares the pages.
 */
final class CachedGlyphFont extends PDFont {

  private final PDType0Font font;
  private final GlyphCache glyphs;
  /**
   * The code points of the Basic Multilingual Plane already handed to the subset. PDFBox is told
   * about every glyph of every string it shows, and boxes each into its set again.
   */
  private final BitSet inSubset = new BitSet();

  CachedGlyphFont(PDType0Font font, GlyphCache glyphs) {
    super(font.getCOSObject());
    this.font = font;
    this.glyphs = glyphs;
  }

  @Override
  public float getStringWidth(String text) throws IOException {
    float width = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      width += glyphWidth(codePoint);
      i += Character.charCount(codePoint);
    }
    return width;
  }

  private float glyphWidth(int codePoint) throws IOException {
    float width = glyphs.width(codePoint);
    if (Float.isNaN(width)) {
      // Throws IllegalArgumentException for a glyph the font lacks, as PDFBox does: openhtmltopdf
      // relies on that to fall back to another font.
      width = font.getStringWidth(Character.toString(codePoint));
      glyphs.rememberWidth(codePoint, width);
    }
    return width;
  }

  @Override
  protected byte[] encode(int unicode) throws IOException {
    byte[] code = glyphs.code(unicode);
    if (code == null) {
      code = font.encode(Character.toString(unicode));
      glyphs.rememberCode(unicode, code);
    }
    return code;
  }

  /** The font this one wraps, as PDFBox created it for the document. */
  PDType0Font wrapped() {
    return font;
  }

  @Override
  public int readCode(InputStream in) throws IOException {
    return font.readCode(in);
  }

  @Override
  public float getWidth(int code) throws IOException {
    return font.getWidth(code);
  }

  @Override
  public float getWidthFromFont(int code) throws IOException {
    return font.getWidthFromFont(code);
  }

  @Override
  public boolean hasExplicitWidth(int code) throws IOException {
    return font.hasExplicitWidth(code);
  }

  @Override
  public float getHeight(int code) throws IOException {
    return font.getHeight(code);
  }

  @Override
  public float getAverageFontWidth() {
    return font.getAverageFontWidth();
  }

  @Override
  public float getSpaceWidth() {
    return font.getSpaceWidth();
  }

  @Override
  public Vector getPositionVector(int code) {
    return font.getPositionVector(code);
  }

  @Override
  public Vector getDisplacement(int code) throws IOException {
    return font.getDisplacement(code);
  }

  @Override
  protected float getStandard14Width(int code) {
    throw new UnsupportedOperationException("an embedded TrueType font is not a standard 14 font");
  }

  @Override
  public String toUnicode(int code) {
    return font.toUnicode(code);
  }

  @Override
  public String toUnicode(int code, GlyphList customGlyphList) {
    return font.toUnicode(code, customGlyphList);
  }

  @Override
  public String getName() {
    // PDFont's constructor asks for the name before this font's fields are set.
    return font != null ? font.getName() : dict.getNameAsString(COSName.BASE_FONT);
  }

  @Override
  public PDFontDescriptor getFontDescriptor() {
    return font.getFontDescriptor();
  }

  @Override
  public Matrix getFontMatrix() {
    return font.getFontMatrix();
  }

  @Override
  public BoundingBox getBoundingBox() throws IOException {
    return font.getBoundingBox();
  }

  @Override
  public boolean isVertical() {
    return font.isVertical();
  }

  @Override
  public boolean isEmbedded() {
    return font.isEmbedded();
  }

  @Override
  public boolean isDamaged() {
    return font.isDamaged();
  }

  @Override
  public boolean isStandard14() {
    return font.isStandard14();
  }

  @Override
  public void addToSubset(int codePoint) {
    if (codePoint > Character.MAX_VALUE) {
      font.addToSubset(codePoint);
    } else if (!inSubset.get(codePoint)) {
      inSubset.set(codePoint);
      font.addToSubset(codePoint);
    }
  }

  @Override
  public void subset() throws IOException {
    font.subset();
  }

  @Override
  public boolean willBeSubset() {
    return font.willBeSubset();
  }

  @Override
  public String toString() {
    return font.toString();
  }
}
