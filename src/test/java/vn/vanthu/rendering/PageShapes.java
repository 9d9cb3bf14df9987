package vn.vanthu.rendering;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;

/**
 * The painted shapes of a PDF page: every filled or stroked subpath as its bounding box, in pt from
 * the top-left corner. openhtmltopdf paints borders as filled polygons or as strokes, so a rule
 * under a line of text is either a thin filled box or a stroked horizontal line; both are kept.
 */
final class PageShapes extends PDFGraphicsStreamEngine {

  /** A painted subpath: its box (a stroke widened by the line width) and whether it was filled. */
  record Shape(float left, float top, float right, float bottom, boolean filled) {

    float width() {
      return right - left;
    }

    float height() {
      return bottom - top;
    }

    float centreX() {
      return (left + right) / 2;
    }

    /** A horizontal rule: much wider than high, at most 2 pt thick. */
    boolean isHorizontalRule() {
      return height() <= 2f && width() > 3 * height() && width() > 2f;
    }

    /** A vertical rule: much higher than wide, at most 2 pt thick. */
    boolean isVerticalRule() {
      return width() <= 2f && height() > 3 * width() && height() > 2f;
    }

    @Override
    public String toString() {
      return String.format("%s [x %.1f–%.1f mm, y %.1f–%.1f mm]", filled ? "fill" : "stroke",
          left / PageText.MM, right / PageText.MM, top / PageText.MM, bottom / PageText.MM);
    }
  }

  private final float pageHeight;
  private final List<Shape> shapes = new ArrayList<>();
  private final List<List<Point2D>> subpaths = new ArrayList<>();
  private List<Point2D> current = new ArrayList<>();
  private Point2D point = new Point2D.Float();

  private PageShapes(PDPage page) {
    super(page);
    this.pageHeight = page.getMediaBox().getHeight();
  }

  /** The shapes of each page of a document. */
  static List<List<Shape>> of(PDDocument pdf) throws IOException {
    List<List<Shape>> pages = new ArrayList<>();
    for (PDPage page : pdf.getPages()) {
      PageShapes engine = new PageShapes(page);
      engine.processPage(page);
      pages.add(List.copyOf(engine.shapes));
    }
    return pages;
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    startSubpath();
    current.addAll(List.of(p0, p1, p2, p3));
    point = p0;
  }

  @Override
  public void moveTo(float x, float y) {
    startSubpath();
    point = new Point2D.Float(x, y);
    current.add(point);
  }

  @Override
  public void lineTo(float x, float y) {
    point = new Point2D.Float(x, y);
    current.add(point);
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    current.add(new Point2D.Float(x1, y1));
    current.add(new Point2D.Float(x2, y2));
    point = new Point2D.Float(x3, y3);
    current.add(point);
  }

  @Override
  public Point2D getCurrentPoint() {
    return point;
  }

  @Override
  public void closePath() {
    // The box of a subpath does not change when it is closed.
  }

  @Override
  public void endPath() {
    clearPath();
  }

  @Override
  public void strokePath() {
    paint(false);
  }

  @Override
  public void fillPath(int windingRule) {
    paint(true);
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    paint(true);
  }

  @Override
  public void clip(int windingRule) {
    // Clipping paths are not painted; the path itself ends with the next n operator.
  }

  @Override
  public void drawImage(PDImage pdImage) {
    // Images are not rules.
  }

  @Override
  public void shadingFill(COSName shadingName) {
    // Shadings are not rules.
  }

  private void startSubpath() {
    if (!current.isEmpty()) {
      subpaths.add(current);
    }
    current = new ArrayList<>();
  }

  private void paint(boolean filled) {
    startSubpath();
    float half = 0;
    if (!filled) {
      Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
      half = getGraphicsState().getLineWidth() * Math.max(ctm.getScalingFactorX(),
          ctm.getScalingFactorY()) / 2;
    }
    for (List<Point2D> subpath : subpaths) {
      Rectangle2D box = null;
      for (Point2D p : subpath) {
        if (box == null) {
          box = new Rectangle2D.Double(p.getX(), p.getY(), 0, 0);
        } else {
          box.add(p);
        }
      }
      if (box != null) {
        // A stroke widens its path by half the line width on each side; a straight line with butt
        // caps only across its length.
        float grow = box.getWidth() < 0.01 || box.getHeight() >= 0.01 ? half : 0;
        float growY = box.getHeight() < 0.01 || box.getWidth() >= 0.01 ? half : 0;
        shapes.add(new Shape((float) box.getMinX() - grow, pageHeight - (float) box.getMaxY() - growY,
            (float) box.getMaxX() + grow, pageHeight - (float) box.getMinY() + growY, filled));
      }
    }
    clearPath();
  }

  private void clearPath() {
    subpaths.clear();
    current = new ArrayList<>();
  }
}
