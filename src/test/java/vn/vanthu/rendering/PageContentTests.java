package vn.vanthu.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanthu.document.DocumentReader;

/**
 * Empty artifact sequences leave the content streams and hex strings become literal strings of
 * the same bytes; everything else stays as it was.
 */
class PageContentTests {

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
    String cleaned = new String(PageContent.compacted(
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
    String cleaned = new String(PageContent.compacted(
        content.getBytes(StandardCharsets.US_ASCII), removed), StandardCharsets.US_ASCII);
    assertThat(cleaned).isEqualTo("BT [(x\\) \n/Artifact /P1 BDC\nEMC\n) 0 (\n/A)] TJ ET\n"
        + "% /Artifact /P3 BDC\nEMC\n");
    assertThat(removed).containsExactly("P2");
  }

  /** A hex string becomes a literal string of the same bytes, escaped where it must be. */
  @Test
  void writesHexStringsAsLiteralStrings() {
    String content = "BT\n/F1 12 Tf\n<0028005c0029000d0041> Tj\n[<0a0B> -120 <>] TJ\nET\n"
        + "/Span <</MCID 3 /Alt <0041>>> BDC\nEMC\n";
    String compacted = new String(PageContent.compacted(
        content.getBytes(StandardCharsets.ISO_8859_1), new HashSet<>()),
        StandardCharsets.ISO_8859_1);
    assertThat(compacted).isEqualTo("BT\n/F1 12 Tf\n"
        + "(\u0000\\(\u0000\\\\\u0000\\)\u0000\\r\u0000A) Tj\n"
        + "[(\n\u000b) -120 ()] TJ\nET\n/Span <</MCID 3 /Alt (\u0000A)>> BDC\nEMC\n");
  }

  /** What is not an even run of hex digits is not a hex string this class rewrites. */
  @Test
  void leavesMalformedHexStringsAlone() {
    byte[] content = "<abc> Tj\n<0g> Tj\n<00 41> Tj\n<0041".getBytes(StandardCharsets.US_ASCII);
    assertThat(PageContent.compacted(content, new HashSet<>())).isSameAs(content);
  }

  /**
   * Random content streams mean the same after compaction: PDFBox's own parser reads the same
   * operators and operands, the strings' bytes included, less the empty artifacts.
   */
  @Test
  void randomStreamsParseToTheSameTokens() throws IOException {
    Random random = new Random(813);
    for (int round = 0; round < 2_000; round++) {
      StringBuilder content = new StringBuilder();
      StringBuilder expected = new StringBuilder();
      int lines = 1 + random.nextInt(12);
      for (int line = 0; line < lines; line++) {
        String text = switch (random.nextInt(6)) {
          case 0 -> "/Artifact /Prop" + random.nextInt(99) + " BDC\nEMC\n";
          case 1 -> "BT\n/F" + random.nextInt(9) + " 13.0125 Tf\n<" + hex(random) + "> Tj\nET\n";
          case 2 -> "[<" + hex(random) + "> " + (random.nextInt(400) - 200) + " <" + hex(random)
              + ">] TJ\n";
          case 3 -> "(" + literal(random) + ") Tj\n";
          case 4 -> "/Span <</MCID " + random.nextInt(300) + ">> BDC\n";
          default -> "85.05 785.17499 m\n552.75 785.17499 l\nh\nf\n";
        };
        content.append(text);
        if (!text.startsWith("/Artifact")) {
          expected.append(text);
        }
      }
      byte[] original = content.toString().getBytes(StandardCharsets.ISO_8859_1);
      byte[] compacted = PageContent.compacted(original, new HashSet<>());
      assertThat(tokens(compacted))
          .as("round %d: %s", round, content)
          .isEqualTo(tokens(expected.toString().getBytes(StandardCharsets.ISO_8859_1)));
    }
  }

  /** Hex digits of 0 to 12 random bytes, in either case, with every byte value likely. */
  private static String hex(Random random) {
    StringBuilder hex = new StringBuilder();
    int bytes = random.nextInt(13);
    for (int i = 0; i < bytes; i++) {
      String digits = String.format(Locale.ROOT, "%02x", random.nextInt(256));
      hex.append(random.nextBoolean() ? digits : digits.toUpperCase(Locale.ROOT));
    }
    return hex.toString();
  }

  /** A balanced literal string's inside: plain bytes and escaped parentheses and backslashes. */
  private static String literal(Random random) {
    String[] pieces = {"a", "\\(", "\\)", "\\\\", "()", " ", "\u00e9", "<41>", "%"};
    StringBuilder literal = new StringBuilder();
    int count = random.nextInt(8);
    for (int i = 0; i < count; i++) {
      literal.append(pieces[random.nextInt(pieces.length)]);
    }
    return literal.toString();
  }

  /** The stream's tokens as text; a string as its bytes, whichever way it was written. */
  private static List<String> tokens(byte[] content) throws IOException {
    List<String> tokens = new ArrayList<>();
    for (Object token : new PDFStreamParser(content).parse()) {
      tokens.add(describe(token));
    }
    return tokens;
  }

  private static String describe(Object token) {
    if (token instanceof COSString string) {
      return "string " + HexFormat.of().formatHex(string.getBytes());
    }
    if (token instanceof COSArray array) {
      List<String> elements = new ArrayList<>();
      array.forEach(element -> elements.add(describe(element)));
      return elements.toString();
    }
    if (token instanceof COSDictionary dictionary) {
      List<String> entries = new ArrayList<>();
      dictionary.entrySet().forEach(
          e -> entries.add(e.getKey().getName() + "=" + describe(e.getValue())));
      return entries.toString();
    }
    return token.toString();
  }

  /** A stream with an inline image is left as it is: its data could look like operators. */
  @Test
  void leavesStreamsWithInlineImagesAlone() {
    byte[] content = "/Artifact /P1 BDC\nEMC\nBI /W 1 /H 1 ID \u0000 EI\n"
        .getBytes(StandardCharsets.US_ASCII);
    Set<String> removed = new HashSet<>();
    assertThat(PageContent.compacted(content, removed)).isSameAs(content);
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
