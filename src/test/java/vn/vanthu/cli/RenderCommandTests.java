package vn.vanthu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code vanthu render INPUT.json -o OUT.pdf [--png DIR] [--html OUT.xhtml]}, run in-process the
 * way {@link Cli#run} runs it, with its output captured: exit 0 and the files on success, exit 1
 * and one {@code field: reason} line per violation on invalid input, exit 3 on a file that cannot
 * be read or written, never a stack trace.
 */
class RenderCommandTests {

  private static final Path BASE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
  private static final Path SAMPLE = BASE.resolve("samples/quyet-dinh-813-bhxh.json");
  private static final Path SEVERAL_BAD_FIELDS =
      BASE.resolve("src/test/resources/invalid/quyet-dinh-several-bad-fields.json");

  @TempDir Path dir;

  /** One run of the command line: exit status and what it printed. */
  record Run(int status, String out, String err) {

    void assertNoStackTrace() {
      for (String stream : new String[] {out, err}) {
        assertThat(stream).doesNotContain("Exception").doesNotContain("\tat ")
            .doesNotContain("at vn.vanthu").doesNotContain("at picocli");
      }
    }
  }

  private static Run vanthu(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Cli.commandLine(Object.class, args)
        .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
        .execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void rendersThe813DecisionWithPageImagesAndXhtml() throws IOException {
    Path pdf = dir.resolve("813.pdf");
    Path pngs = dir.resolve("pages");
    Path xhtml = dir.resolve("813.xhtml");

    Run run = vanthu("render", SAMPLE.toString(), "-o", pdf.toString(), "--png", pngs.toString(),
        "--html", xhtml.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    run.assertNoStackTrace();
    byte[] bytes = Files.readAllBytes(pdf);
    assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    assertThat(run.out()).contains("wrote " + pdf + " (" + bytes.length + " bytes)")
        .contains("wrote 5 page images to " + pngs);
    try (PDDocument document = Loader.loadPDF(bytes)) {
      assertThat(document.getNumberOfPages()).isEqualTo(5);
    }
    for (int page = 1; page <= 5; page++) {
      Path png = pngs.resolve("page-" + page + ".png");
      assertThat(png).exists().isNotEmptyFile();
      byte[] head = Arrays.copyOf(Files.readAllBytes(png), 8);
      assertThat(head).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }
    try (Stream<Path> files = Files.list(pngs)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
          "page-1.png", "page-2.png", "page-3.png", "page-4.png", "page-5.png");
    }
    String html = Files.readString(xhtml);
    assertThat(html).contains("<html").contains("QUYẾT ĐỊNH").contains("Lê Bạch Hồng");
  }

  @Test
  void invalidInputExitsWith1AndListsEachViolation() {
    Path pdf = dir.resolve("out.pdf");

    Run run = vanthu("render", SEVERAL_BAD_FIELDS.toString(), "-o", pdf.toString());

    assertThat(run.status()).isEqualTo(Cli.INVALID_INPUT).isEqualTo(1);
    assertThat(run.err().lines().toList()).containsExactly(
        SEVERAL_BAD_FIELDS + " is not a valid document:",
        "  issuer.abbreviation: must be letters and digits only, e.g. BHXH (was 'BH XH')",
        "  number: must be between 1 and 999999 (was 0)",
        "  date: 2013-02-31 is not a date in the calendar",
        "  legalBases[1]: must be a string",
        "  body[0]: a clause (khoản) must stand inside an article (Điều), not at the top of the "
            + "body",
        "  signature.principal: is required with the authority KT.",
        "  urgency: is not a known value 'gap'; expected one of khan, thuong-khan, hoa-toc");
    assertThat(run.out()).isEmpty();
    assertThat(pdf).doesNotExist();
    run.assertNoStackTrace();
  }

  @Test
  void malformedJsonExitsWith1() throws IOException {
    Path input = dir.resolve("truncated.json");
    Files.writeString(input, "{\"type\": \"quyet-dinh\",");
    Path pdf = dir.resolve("out.pdf");

    Run run = vanthu("render", input.toString(), "-o", pdf.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err().lines().toList()).containsExactly(
        input + " is not a valid document:",
        "  $: is not well-formed JSON at line 1, column 23: Unexpected end-of-input "
            + "within/between Object entries");
    assertThat(pdf).doesNotExist();
    run.assertNoStackTrace();
  }

  @Test
  void missingInputFileExitsWith3() {
    Path missing = dir.resolve("no-such-document.json");
    Path pdf = dir.resolve("out.pdf");

    Run run = vanthu("render", missing.toString(), "-o", pdf.toString());

    assertThat(run.status()).isEqualTo(Cli.IO_ERROR).isEqualTo(3);
    assertThat(run.err()).contains(missing.toString()).contains("cannot read");
    assertThat(run.out()).isEmpty();
    assertThat(pdf).doesNotExist();
    run.assertNoStackTrace();
  }

  @Test
  void unwritableOutputExitsWith3() {
    Path pdf = dir.resolve("no-such-directory").resolve("out.pdf");

    Run run = vanthu("render", SAMPLE.toString(), "-o", pdf.toString());

    assertThat(run.status()).isEqualTo(3);
    assertThat(run.err()).contains(pdf.toString());
    assertThat(pdf).doesNotExist();
    run.assertNoStackTrace();
  }

  @Test
  void missingOutputOptionIsAUsageError() {
    Run run = vanthu("render", SAMPLE.toString());

    assertThat(run.status()).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(run.err()).contains("Missing required argument").contains("-o=OUT.pdf");
    run.assertNoStackTrace();
  }

  @Test
  void fontsDirectoryWithoutFontsExitsWith3WithoutAStackTrace() throws IOException {
    Path noFonts = Files.createDirectories(dir.resolve("no-fonts"));
    Path pdf = dir.resolve("out.pdf");

    Run run = vanthu("render", SAMPLE.toString(), "-o", pdf.toString(), "--fonts",
        noFonts.toString());

    assertThat(run.status()).as(run.err()).isEqualTo(Cli.IO_ERROR);
    assertThat(run.err()).contains(noFonts.toString());
    assertThat(pdf).doesNotExist();
    run.assertNoStackTrace();
  }

  @Test
  void batchRendersTheValidDocumentsAndReportsTheInvalidOnes() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(SAMPLE, in.resolve("813.json"));
    Files.copy(SEVERAL_BAD_FIELDS, in.resolve("bad.json"));
    Path out = dir.resolve("out");

    Run run = vanthu("render", in.toString(), "-d", out.toString(), "-j", "2");

    assertThat(run.status()).as(run.err()).isEqualTo(Cli.INVALID_INPUT);
    assertThat(out.resolve("813.pdf")).isNotEmptyFile();
    assertThat(out.resolve("bad.pdf")).doesNotExist();
    assertThat(run.err()).contains(in.resolve("bad.json") + ": not a valid document:")
        .contains("  urgency: is not a known value 'gap'");
    assertThat(run.out()).contains("rendered 1 of 2 documents").contains("1 failed");
    run.assertNoStackTrace();
  }

  @Test
  void aNamedSubcommandIsTheOnlyOneBuiltAndHelpStillNamesThemAll() {
    assertThat(Cli.commandLine(Object.class, "render", "x.json", "-o", "x.pdf").getSubcommands())
        .containsOnlyKeys("render");
    assertThat(Cli.commandLine(Object.class, "--data-dir", "d", "search", "x").getSubcommands())
        .containsKeys("render", "search", "serve", "help");

    Run help = vanthu("help");
    assertThat(help.status()).isZero();
    assertThat(help.out()).contains("render", "leaflet", "issue", "verify", "export",
        "import-backup", "search", "reindex", "serve");
    Run renderHelp = vanthu("help", "render");
    assertThat(renderHelp.status()).isZero();
    assertThat(renderHelp.out()).contains("Usage: vanthu render", "-d, --directory=DIR");
  }
}
