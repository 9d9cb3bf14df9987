package vn.vanthu.leaflet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanthu.rendering.GoldenFiles;

/**
 * Golden files for every sample leaflet in its layout, trimmed, with bleed and in the other
 * arrangement of its languages, and for the booklet imposed for saddle stitching: the XHTML
 * (pictures elided), the text of each page and a 72 dpi grayscale image of each page, in
 * {@code src/test/resources/golden/leaflets/<sample>/<variant>/}, compared by {@link GoldenFiles}.
 * On a mismatch the actual files and diff images go to {@code target/golden-actual/leaflets/}.
 * To accept the current output: {@code ./mvnw test -Dtest=LeafletGoldenTests
 * -Dgolden.update=true}.
 */
class LeafletGoldenTests {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "leaflets");
  private static final Path ACTUAL = Path.of("target", "golden-actual", "leaflets");

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(LeafletSamples.TRIFOLD, "trimmed"),
        Arguments.of(LeafletSamples.TRIFOLD, "bleed"),
        Arguments.of(LeafletSamples.BIFOLD, "trimmed"),
        Arguments.of(LeafletSamples.BIFOLD, "bleed"),
        Arguments.of(LeafletSamples.BOOKLET, "trimmed"),
        Arguments.of(LeafletSamples.BOOKLET, "bleed"),
        Arguments.of(LeafletSamples.BOOKLET, "imposed"),
        // Each layout in its other arrangement of the languages, trimmed.
        Arguments.of(LeafletSamples.TRIFOLD, "side-by-side"),
        Arguments.of(LeafletSamples.BIFOLD, "stacked"),
        Arguments.of(LeafletSamples.BOOKLET, "stacked"));
  }

  /** The sample, printed this way, matches its golden files. */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void matchesItsGoldenFiles(String sample, String variant) throws IOException {
    boolean rearranged = variant.equals("side-by-side") || variant.equals("stacked");
    PrintOptions print = variant.equals("trimmed") || rearranged ? PrintOptions.TRIMMED
        : PrintOptions.PRINT_SHOP;
    byte[] json = rearranged
        ? LeafletSamples.edited(sample, root -> root.put("languages", variant))
        : LeafletSamples.json(sample);
    LeafletRendering.LeafletPdf rendered = LeafletSamples.RENDERING.render(json,
        LeafletSamples.IMAGES, print, variant.equals("imposed"));
    byte[] pdf = variant.equals("imposed") ? rendered.imposed() : rendered.pdf();
    GoldenFiles.Output actual = GoldenFiles.Output.of(pdf, "leaflet.xhtml",
        variant.equals("imposed") ? null : elided(rendered.xhtml()));
    GoldenFiles.check(sample + " (" + variant + ")", GOLDEN.resolve(sample).resolve(variant),
        ACTUAL.resolve(sample).resolve(variant), actual, pdf, "leaflet.pdf");
  }

  /** The XHTML without the pictures' bytes, which the page images already compare. */
  private static String elided(String xhtml) {
    return xhtml.replaceAll("base64,[A-Za-z0-9+/=]+", "base64,…");
  }
}
