package vn.vanthu.rendering;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanthu.document.DocumentReader;

/**
 * Golden files for every sample: the XHTML, the text of each page and a 72 dpi grayscale image of
 * each page, in {@code src/test/resources/golden/<sample>/}, compared by {@link GoldenFiles}. On a
 * mismatch the actual files and diff images go to {@code target/golden-actual/<sample>/}. To accept
 * the current output, run {@code ./mvnw test -Dtest=SampleGoldenTests -Dgolden.update=true}.
 */
class SampleGoldenTests {

  private static final DocumentRenderer RENDERER =
      new DocumentRenderer(RenderingSettings.defaults());
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final Path ACTUAL = Path.of("target", "golden-actual");

  static Stream<String> samples() {
    return Samples.names();
  }

  /** The sample's XHTML, page texts and page images match its golden files. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void matchesItsGoldenFiles(String sample) throws IOException {
    byte[] json = Samples.json(sample);
    DocumentRenderer.Rendered rendered = RENDERER.render(new DocumentReader().read(json), json);
    GoldenFiles.check(sample, GOLDEN.resolve(sample), ACTUAL.resolve(sample),
        GoldenFiles.Output.of(rendered.pdf(), "document.xhtml", rendered.xhtml()), rendered.pdf(),
        "document.pdf");
  }
}
