package vn.vanthu.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanthu.document.DocumentReader;

/** Empty artifact sequences leave the content streams; everything else stays as it was. */
class EmptyArtifactsTests {

  private static final DocumentRenderer RENDERER =
      new DocumentRenderer(RenderingSettings.defaults());
  private static final Pattern ARTIFACT = Pattern.compile("/Artifact /(\\w+) BDC\n(EMC)?");

  static Stream<String> samples() {
    return Samples.names();
  }

  /** An artifact with nothing inside goes, with its name; painted artifacts and tags stay. */
  @Test
  void removesOnlyArtifactsWithNothingInside() {
    String content = """
        0.0375 w
        /Artifact /Prop1 BDC
        EMC
        /Artifact /Prop2 BDC
        0 0 0 rg
        1 2 3 4 re
        f
        EMC
        /Span <</MCID 0>> BDC
        EMC
        /Artifact /Prop3 BDC
        EMC
        /Artifact /Prop4 BDC
        EMC""";
    Set<String> removed = new HashSet<>();
    String cleaned = new String(EmptyArtifacts.withoutEmptyArtifacts(
        content.getBytes(StandardCharsets.US_ASCII), removed), StandardCharsets.US_ASCII);
    assertThat(cleaned).isEqualTo("""
        0.0375 w
        /Artifact /Prop2 BDC
        0 0 0 rg
        1 2 3 4 re
        f
        EMC
        /Span <</MCID 0>> BDC
        EMC
        """);
    assertThat(removed).containsExactlyInAnyOrder("Prop1", "Prop3", "Prop4");
  }

  /** What looks like an empty artifact inside a string, escaped parentheses and all, stays. */
  @Test
  void ignoresArtifactsInsideStrings() {
    String content = "BT [(x\\) \n/Artifact /P1 BDC\nEMC\n) 0 <0a2f41>] TJ ET\n"
        + "/Artifact /P2 BDC\nEMC\n% /Artifact /P3 BDC\nEMC\n";
    Set<String> removed = new HashSet<>();
    String cleaned = new String(EmptyArtifacts.withoutEmptyArtifacts(
        content.getBytes(StandardCharsets.US_ASCII), removed), StandardCharsets.US_ASCII);
    assertThat(cleaned).isEqualTo("BT [(x\\) \n/Artifact /P1 BDC\nEMC\n) 0 <0a2f41>] TJ ET\n"
        + "% /Artifact /P3 BDC\nEMC\n");
    assertThat(removed).containsExactly("P2");
  }

  /** A stream with an inline image is left as it is: its data could look like operators. */
  @Test
  void leavesStreamsWithInlineImagesAlone() {
    byte[] content = "/Artifact /P1 BDC\nEMC\nBI /W 1 /H 1 ID \u0000 EI\n"
        .getBytes(StandardCharsets.US_ASCII);
    Set<String> removed = new HashSet<>();
    assertThat(EmptyArtifacts.withoutEmptyArtifacts(content, removed)).isSameAs(content);
    assertThat(removed).isEmpty();
  }

  /**
   * In every sample no artifact sequence is empty, every property list an artifact names is in
   * its page's resources, and no page keeps a property list nothing names.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void samplesHaveNoEmptyArtifactsAndNoDanglingNames(String sample) throws Exception {
    try (PDDocument document = rendered(sample)) {
      for (PDPage page : document.getPages()) {
        String content;
        try (InputStream in = page.getContents()) {
          content = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        COSDictionary properties =
            page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
        Set<String> named = new HashSet<>();
        Matcher m = ARTIFACT.matcher(content);
        while (m.find()) {
          assertThat(m.group(2)).as("empty artifact %s", m.group(1)).isNull();
          named.add(m.group(1));
        }
        Set<String> listed = new HashSet<>();
        if (properties != null) {
          properties.keySet().forEach(k -> listed.add(k.getName()));
        }
        assertThat(listed).as("property lists of a page").isEqualTo(named);
      }
    }
  }

  /** openhtmltopdf writes pages uncompressed; every page still reaches the PDF deflated, once. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void everyPageIsCompressed(String sample) throws Exception {
    try (PDDocument document = rendered(sample)) {
      for (PDPage page : document.getPages()) {
        COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        assertThat(contents).isInstanceOf(COSStream.class);
        assertThat(((COSStream) contents).getFilters()).isEqualTo(COSName.FLATE_DECODE);
      }
    }
  }

  private static PDDocument rendered(String sample) throws IOException {
    byte[] json = Samples.json(sample);
    return Loader.loadPDF(RENDERER.render(new DocumentReader().read(json), json).pdf());
  }
}
