package vn.vanthu.leaflet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.vanthu.document.Violation;
import vn.vanthu.leaflet.Block.Image;
import vn.vanthu.leaflet.LeafletEngine.Laid;
import vn.vanthu.leaflet.LeafletEngine.Measured;

/**
 * The checks that need the layout: a panel whose content does not fit, and a picture with too few
 * pixels for its printed size. Both measure the layout that is then written, so what they report
 * is what would have been printed.
 */
final class PrintChecks {

  /** The resolution offset printing needs at the printed size. */
  static final int MIN_DPI = 300;

  /** Overflows below this are rounding in the layout engine (its unit is 1/20 px), not content. */
  private static final double TOLERANCE_MM = 0.05;
  private static final double MM_PER_INCH = 25.4;

  private PrintChecks() {}

  static List<Violation> check(Leaflet leaflet, Laid laid) {
    List<Violation> violations = new ArrayList<>();
    String field = leaflet.layout().unit() + "s";
    for (int p = 1; p <= leaflet.panels().size(); p++) {
      Measured frame = laid.box("frame-" + p).orElseThrow();
      Measured flow = laid.box("panel-" + p).orElseThrow();
      double overflow = flow.bottom() - frame.bottom();
      if (overflow > TOLERANCE_MM) {
        violations.add(new Violation(field + "[" + (p - 1) + "]",
            leaflet.panelName(p) + " overflows by " + oneDecimal(overflow) + " mm"));
      }
      List<Block> blocks = leaflet.panels().get(p - 1).blocks();
      for (int b = 0; b < blocks.size(); b++) {
        if (blocks.get(b) instanceof Image image) {
          Measured printed = laid.box("image-" + p + "-" + (b + 1)).orElseThrow();
          String place = leaflet.panelName(p) + ", block " + (b + 1) + " (image)";
          String problem = resolution(image.image(), printed);
          if (problem != null) {
            violations.add(new Violation(field + "[" + (p - 1) + "].blocks[" + b + "].file",
                place + ": " + problem));
          }
        }
      }
    }
    return violations;
  }

  /**
   * The picture's resolution at its printed size, the lower of the two directions; null when it
   * is enough. The message says what the file would need, so that it can be asked for.
   */
  private static @org.jspecify.annotations.Nullable String resolution(LeafletImage image,
      Measured printed) {
    double across = image.widthPx() / (printed.contentWidth() / MM_PER_INCH);
    double down = image.heightPx() / (printed.height() / MM_PER_INCH);
    double dpi = Math.min(across, down);
    if (dpi >= MIN_DPI) {
      return null;
    }
    long needWidth = (long) Math.ceil(MIN_DPI * printed.contentWidth() / MM_PER_INCH);
    long needHeight = (long) Math.ceil(MIN_DPI * printed.height() / MM_PER_INCH);
    return "the image " + image.name() + " has " + (long) Math.floor(dpi) + " dpi at its printed size"
        + " of " + oneDecimal(printed.contentWidth()) + " × " + oneDecimal(printed.height()) + " mm; print"
        + " needs " + MIN_DPI + " dpi, at least " + needWidth + " × " + needHeight + " px (it has "
        + image.widthPx() + " × " + image.heightPx() + ")";
  }

  /** Whether any of the violations is a panel's overflow, as opposed to a picture's. */
  static boolean overflows(List<Violation> violations) {
    return violations.stream().anyMatch(v -> !v.field().contains(".blocks["));
  }

  private static String oneDecimal(double mm) {
    return String.format(Locale.ROOT, "%.1f", mm);
  }
}
