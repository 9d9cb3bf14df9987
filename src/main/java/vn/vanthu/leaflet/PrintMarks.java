package vn.vanthu.leaflet;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;

/**
 * What the print shop reads off a page: its TrimBox and BleedBox, and, with bleed, crop marks at
 * the corners of the trim and dashed fold marks over and under each fold, all outside the bleed.
 * The marks are drawn as page artifacts, so the tagged content and the text stay as they were.
 */
final class PrintMarks {

  /** How long a mark is; it runs from the bleed's edge outwards. */
  static final double MARK_LENGTH_MM = 6;
  /** A hairline, as print shops expect marks to be. */
  private static final float LINE_WIDTH = 0.25f;

  private PrintMarks() {}

  /**
   * Sets the boxes of a page whose trimmed area is {@code width} × {@code height} mm, its lower
   * left corner {@code left}, {@code bottom} mm from the page's, and draws the marks with bleed.
   */
  static void apply(PDDocument pdf, PDPage page, double left, double bottom, double width,
      double height, List<Double> folds, PrintOptions print) throws IOException {
    float bleed = pt(print.bleedMm());
    PDRectangle trim = new PDRectangle(pt(left), pt(bottom), pt(width), pt(height));
    page.setTrimBox(trim);
    page.setBleedBox(new PDRectangle(trim.getLowerLeftX() - bleed, trim.getLowerLeftY() - bleed,
        trim.getWidth() + 2 * bleed, trim.getHeight() + 2 * bleed));
    if (!print.bleed()) {
      return;
    }
    float length = pt(MARK_LENGTH_MM);
    float x0 = trim.getLowerLeftX();
    float y0 = trim.getLowerLeftY();
    float x1 = trim.getUpperRightX();
    float y1 = trim.getUpperRightY();
    try (PDPageContentStream marks = new PDPageContentStream(pdf, page, AppendMode.APPEND, true,
        true)) {
      COSDictionary artifact = new COSDictionary();
      artifact.setName(COSName.TYPE, "Page");
      marks.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(artifact));
      marks.setLineWidth(LINE_WIDTH);
      marks.setStrokingColor(0f, 0f, 0f);
      for (float x : new float[] {x0, x1}) {
        line(marks, x, y0 - bleed, x, y0 - bleed - length);
        line(marks, x, y1 + bleed, x, y1 + bleed + length);
      }
      for (float y : new float[] {y0, y1}) {
        line(marks, x0 - bleed, y, x0 - bleed - length, y);
        line(marks, x1 + bleed, y, x1 + bleed + length, y);
      }
      marks.stroke();
      if (!folds.isEmpty()) {
        marks.setLineDashPattern(new float[] {3f, 2f}, 0);
        for (double fold : folds) {
          float x = x0 + pt(fold);
          line(marks, x, y0 - bleed, x, y0 - bleed - length);
          line(marks, x, y1 + bleed, x, y1 + bleed + length);
        }
        marks.stroke();
      }
      marks.endMarkedContent();
    }
  }

  private static void line(PDPageContentStream stream, float x0, float y0, float x1, float y1)
      throws IOException {
    stream.moveTo(x0, y0);
    stream.lineTo(x1, y1);
  }

  static float pt(double mm) {
    return (float) (mm * 72 / 25.4);
  }
}
