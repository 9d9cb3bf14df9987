package vn.vanthu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code vanthu leaflet INPUT.json -o OUT.pdf [--png DIR] [--bleed] [--imposed SHEETS.pdf]}, run
 * in-process: exit 0 and the files when every check passes; exit 1, one {@code field: reason} line
 * per problem and no PDF when one fails; exit 3 when a file cannot be read or written.
 */
class LeafletCommandTests {

  private static final Path BASE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
  private static final Path LEAFLETS = BASE.resolve("samples/leaflets");
  private static final Path TRIFOLD = LEAFLETS.resolve("foreign-workers.json");
  private static final Path BOOKLET = LEAFLETS.resolve("vss-booklet.json");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  record Run(int status, String out, String err) {

    void assertNoStackTrace() {
      for (String stream : new String[] {out, err}) {
        assertThat(stream).doesNotContain("Exception").doesNotContain("\tat ");
      }
    }
  }

  private static Run vanthu(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Cli.commandLine(Object.class, args).setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true)).execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  /** The tri-fold, changed, beside a copy of the samples' pictures. */
  private Path editedTrifold(java.util.function.Consumer<ObjectNode> edit) throws IOException {
    Path images = Files.createDirectories(dir.resolve("images"));
    try (var files = Files.list(LEAFLETS.resolve("images"))) {
      for (Path image : files.toList()) {
        Files.copy(image, images.resolve(image.getFileName()));
      }
    }
    ObjectNode root = (ObjectNode) MAPPER.readTree(TRIFOLD.toFile());
    edit.accept(root);
    Path input = dir.resolve("edited.json");
    MAPPER.writeValue(input.toFile(), root);
    return input;
  }

  @Test
  void rendersTheTrifoldWithBleedAndPageImages() throws IOException {
    Path pdf = dir.resolve("trifold.pdf");
    Path pngs = dir.resolve("pages");

    Run run = vanthu("leaflet", TRIFOLD.toString(), "-o", pdf.toString(), "--png",
        pngs.toString(), "--bleed");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    byte[] bytes = Files.readAllBytes(pdf);
    assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    assertThat(run.out()).contains("wrote " + pdf + " (" + bytes.length + " bytes)")
        .contains("wrote 2 page images to " + pngs);
    try (PDDocument document = Loader.loadPDF(bytes)) {
      assertThat(document.getNumberOfPages()).isEqualTo(2);
      assertThat(document.getPage(0).getBleedBox().getWidth())
          .isGreaterThan(document.getPage(0).getTrimBox().getWidth());
    }
    assertThat(pngs.resolve("page-1.png")).isNotEmptyFile();
    assertThat(pngs.resolve("page-2.png")).isNotEmptyFile();
    run.assertNoStackTrace();
  }

  @Test
  void imposesTheBooklet() throws IOException {
    Path pdf = dir.resolve("booklet.pdf");
    Path sheets = dir.resolve("sheets.pdf");

    Run run = vanthu("leaflet", BOOKLET.toString(), "-o", pdf.toString(), "--imposed",
        sheets.toString());

    assertThat(run.status()).as(run.err()).isZero();
    try (PDDocument reader = Loader.loadPDF(pdf.toFile());
        PDDocument imposed = Loader.loadPDF(sheets.toFile())) {
      assertThat(reader.getNumberOfPages()).isEqualTo(8);
      assertThat(imposed.getNumberOfPages()).isEqualTo(4);
    }
  }

  @Test
  void aMissingEnglishTextExitsWith1NamingItAndWritesNothing() throws IOException {
    Path input = editedTrifold(root -> ((ObjectNode) root.withArray("panels").get(4)
        .withArray("blocks").get(1)).remove("en"));
    Path pdf = dir.resolve("out.pdf");

    Run run = vanthu("leaflet", input.toString(), "-o", pdf.toString());

    assertThat(run.status()).isEqualTo(Cli.INVALID_INPUT).isEqualTo(1);
    assertThat(run.err().lines().toList()).containsExactly(input + " cannot be printed:",
        "  panels[4].blocks[1].en: panel 5 (inside flap), block 2 (paragraph): the English text "
            + "is missing");
    assertThat(pdf).doesNotExist();
    run.assertNoStackTrace();
  }

  @Test
  void aPictureBelow300DpiExitsWith1() throws IOException {
    Path input = editedTrifold(root -> ((ObjectNode) root.withArray("panels").get(0)
        .withArray("blocks").get(0)).put("width", 100).put("file", "images/small.png"));
    java.awt.image.BufferedImage small = new java.awt.image.BufferedImage(600, 412,
        java.awt.image.BufferedImage.TYPE_INT_RGB);
    javax.imageio.ImageIO.write(small, "png", dir.resolve("images/small.png").toFile());
    Path pdf = dir.resolve("out.pdf");

    Run run = vanthu("leaflet", input.toString(), "-o", pdf.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("  panels[0].blocks[0].file: panel 1 (front cover), block 1 "
        + "(image): the image images/small.png has 181 dpi at its printed size of 83.8 × 57.5 mm;"
        + " print needs 300 dpi");
    assertThat(pdf).doesNotExist();
  }

  @Test
  void aMissingInputExitsWith3() {
    Path missing = dir.resolve("no-such-leaflet.json");

    Run run = vanthu("leaflet", missing.toString(), "-o", dir.resolve("out.pdf").toString());

    assertThat(run.status()).isEqualTo(Cli.IO_ERROR).isEqualTo(3);
    assertThat(run.err().lines().toList()).containsExactly(
        "cannot read " + missing + ": no such file or folder: " + missing);
    run.assertNoStackTrace();
  }

  @Test
  void anUnwritableOutputExitsWith3() {
    Path pdf = dir.resolve("no-such-directory").resolve("out.pdf");

    Run run = vanthu("leaflet", TRIFOLD.toString(), "-o", pdf.toString());

    assertThat(run.status()).isEqualTo(3);
    assertThat(run.err().lines().toList()).containsExactly(
        "cannot write a file: no such file or folder: " + pdf);
    run.assertNoStackTrace();
  }

  @Test
  void imposingAFoldedLeafletIsAUsageError() {
    Run run = vanthu("leaflet", TRIFOLD.toString(), "-o", dir.resolve("out.pdf").toString(),
        "--imposed", dir.resolve("sheets.pdf").toString());

    assertThat(run.status()).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(run.err()).contains("--imposed is for booklets");
    assertThat(dir.resolve("out.pdf")).doesNotExist();
  }
}
