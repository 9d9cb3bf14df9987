package vn.vanthu.leaflet;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the sample leaflets' pictures: flat illustrations, deterministic, a few tens of kB each as
 * PNG, with pixels enough for 300 dpi at the width the samples print them. Run {@link #main} to
 * write them into {@code samples/leaflets/images/}; they are committed, not drawn at test time.
 */
final class SampleImages {

  static final Color BLUE = new Color(0x0b4f8a);
  static final Color LIGHT = new Color(0xe6eef7);
  static final Color AMBER = new Color(0xe3a21a);
  static final Color TEAL = new Color(0x2a9d8f);
  static final Color SKY = new Color(0x9cc3e6);

  private SampleImages() {}

  /** Writes the three pictures of the samples. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "samples/leaflets/images");
    Files.createDirectories(dir);
    ImageIO.write(people(1050, 720), "png", dir.resolve("workers.png").toFile());
    ImageIO.write(globe(1480, 980), "png", dir.resolve("cooperation.png").toFile());
    ImageIO.write(portal(1300, 860), "png", dir.resolve("portal.png").toFile());
  }

  /** Three people under a shield: insurance for those who work here. */
  static BufferedImage people(int width, int height) {
    BufferedImage image = canvas(width, height, LIGHT);
    Graphics2D g = graphics(image);
    double s = width / 1050.0;
    Path2D shield = new Path2D.Double();
    shield.moveTo(525 * s, 60 * s);
    shield.lineTo(760 * s, 140 * s);
    shield.curveTo(760 * s, 400 * s, 660 * s, 560 * s, 525 * s, 640 * s);
    shield.curveTo(390 * s, 560 * s, 290 * s, 400 * s, 290 * s, 140 * s);
    shield.closePath();
    g.setColor(SKY);
    g.fill(shield);
    g.setColor(Color.WHITE);
    g.fill(new RoundRectangle2D.Double(495 * s, 170 * s, 60 * s, 180 * s, 14 * s, 14 * s));
    g.fill(new RoundRectangle2D.Double(435 * s, 230 * s, 180 * s, 60 * s, 14 * s, 14 * s));
    person(g, 250 * s, 430 * s, 95 * s, AMBER);
    person(g, 800 * s, 430 * s, 95 * s, TEAL);
    person(g, 525 * s, 470 * s, 115 * s, BLUE);
    g.setColor(BLUE);
    g.fill(new RoundRectangle2D.Double(60 * s, 680 * s, 930 * s, 16 * s, 16 * s, 16 * s));
    g.dispose();
    return image;
  }

  /** A globe with arcs between partners: cooperation across borders. */
  static BufferedImage globe(int width, int height) {
    BufferedImage image = canvas(width, height, LIGHT);
    Graphics2D g = graphics(image);
    double s = width / 1480.0;
    double cx = 740 * s;
    double cy = 500 * s;
    double r = 380 * s;
    g.setColor(SKY);
    g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke((float) (6 * s)));
    for (int k = 1; k <= 2; k++) {
      double meridian = r * Math.sin(k * Math.PI / 6);
      g.draw(new Ellipse2D.Double(cx - meridian, cy - r, 2 * meridian, 2 * r));
    }
    for (int k = -2; k <= 2; k++) {
      double y = cy + k * r / 3;
      double half = Math.sqrt(r * r - (k * r / 3) * (k * r / 3));
      g.draw(new Line2D.Double(cx - half, y, cx + half, y));
    }
    g.draw(new Line2D.Double(cx, cy - r, cx, cy + r));
    double[][] nodes = {{330, 250}, {1150, 230}, {1230, 700}, {250, 760}, {740, 120}, {980, 860}};
    g.setStroke(new BasicStroke((float) (9 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    for (int i = 0; i < nodes.length; i++) {
      double x = nodes[i][0] * s;
      double y = nodes[i][1] * s;
      g.setColor(i % 2 == 0 ? AMBER : TEAL);
      g.draw(new QuadCurve2D.Double(x, y, (x + cx) / 2, Math.min(y, cy) - 120 * s, cx, cy));
    }
    for (int i = 0; i < nodes.length; i++) {
      double[] a = nodes[i];
      g.setColor(Color.WHITE);
      g.fill(new Ellipse2D.Double((a[0] - 46) * s, (a[1] - 46) * s, 92 * s, 92 * s));
      g.setColor(i % 2 == 0 ? AMBER : TEAL);
      g.fill(new Ellipse2D.Double((a[0] - 32) * s, (a[1] - 32) * s, 64 * s, 64 * s));
    }
    g.setColor(BLUE);
    g.fill(new Ellipse2D.Double(cx - 56 * s, cy - 56 * s, 112 * s, 112 * s));
    g.setColor(Color.WHITE);
    g.fill(new Ellipse2D.Double(cx - 24 * s, cy - 24 * s, 48 * s, 48 * s));
    g.dispose();
    return image;
  }

  /** A browser window with a page of text and a language switch. */
  static BufferedImage portal(int width, int height) {
    BufferedImage image = canvas(width, height, LIGHT);
    Graphics2D g = graphics(image);
    double s = width / 1300.0;
    g.setColor(BLUE);
    g.fill(new RoundRectangle2D.Double(110 * s, 80 * s, 1080 * s, 700 * s, 40 * s, 40 * s));
    g.setColor(Color.WHITE);
    g.fill(new RoundRectangle2D.Double(135 * s, 150 * s, 1030 * s, 605 * s, 20 * s, 20 * s));
    for (int i = 0; i < 3; i++) {
      g.setColor(i == 0 ? AMBER : SKY);
      g.fill(new Ellipse2D.Double((150 + i * 45) * s, 100 * s, 28 * s, 28 * s));
    }
    g.setColor(SKY);
    g.fill(new RoundRectangle2D.Double(330 * s, 98 * s, 560 * s, 32 * s, 32 * s, 32 * s));
    g.setColor(AMBER);
    g.fill(new RoundRectangle2D.Double(960 * s, 92 * s, 180 * s, 44 * s, 44 * s, 44 * s));
    g.setColor(TEAL);
    g.fill(new RoundRectangle2D.Double(175 * s, 190 * s, 420 * s, 250 * s, 16 * s, 16 * s));
    g.setColor(Color.WHITE);
    person(g, 385 * s, 370 * s, 60 * s, Color.WHITE);
    g.setColor(SKY);
    for (int i = 0; i < 6; i++) {
      double w = (i % 3 == 2 ? 330 : 480) * s;
      g.fill(new RoundRectangle2D.Double(635 * s, (200 + i * 42) * s, w, 20 * s, 20 * s, 20 * s));
    }
    for (int i = 0; i < 3; i++) {
      g.setColor(i == 1 ? AMBER : LIGHT);
      g.fill(new RoundRectangle2D.Double((175 + i * 330) * s, 480 * s, 300 * s, 240 * s, 16 * s,
          16 * s));
      g.setColor(i == 1 ? Color.WHITE : SKY);
      g.fill(new RoundRectangle2D.Double((205 + i * 330) * s, 650 * s, 240 * s, 18 * s, 18 * s,
          18 * s));
      g.fill(new Ellipse2D.Double((285 + i * 330) * s, 520 * s, 80 * s, 80 * s));
    }
    g.dispose();
    return image;
  }

  private static void person(Graphics2D g, double cx, double top, double size, Color color) {
    g.setColor(color);
    g.fill(new Ellipse2D.Double(cx - size * 0.45, top - size, size * 0.9, size * 0.9));
    g.fill(new RoundRectangle2D.Double(cx - size * 0.8, top - size * 0.02, size * 1.6, size * 1.5,
        size * 0.9, size * 0.9));
  }

  private static BufferedImage canvas(int width, int height, Color background) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(background);
    g.fillRect(0, 0, width, height);
    g.dispose();
    return image;
  }

  private static Graphics2D graphics(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    return g;
  }
}
