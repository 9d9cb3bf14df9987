package vn.vanthu.leaflet;

/**
 * How a leaflet's PDF is prepared for the print shop.
 *
 * @param bleed whether to add 3 mm of bleed on every trim edge, with crop and fold marks in a
 *     margin outside the bleed; without it, the page is the trimmed sheet
 */
public record PrintOptions(boolean bleed) {

  /** The bleed: how far backgrounds run past the trim, for the guillotine's tolerance. */
  public static final double BLEED_MM = 3;

  /**
   * The margin outside the bleed that carries the marks. Marks start at the bleed's edge and run
   * 6 mm outwards, so that none of them prints inside the bleed, where they would show on a sheet
   * trimmed a little too wide.
   */
  public static final double SLUG_MM = 7;

  /** For screen and office printers: the trimmed page, no bleed, no marks. */
  public static final PrintOptions TRIMMED = new PrintOptions(false);

  /** For the print shop: 3 mm bleed, crop marks and fold marks. */
  public static final PrintOptions PRINT_SHOP = new PrintOptions(true);

  /** The bleed in millimetres, 0 without it. */
  public double bleedMm() {
    return bleed ? BLEED_MM : 0;
  }

  /** The distance from the page's edge to the trim, in millimetres. */
  public double trimOffsetMm() {
    return bleed ? BLEED_MM + SLUG_MM : 0;
  }
}
