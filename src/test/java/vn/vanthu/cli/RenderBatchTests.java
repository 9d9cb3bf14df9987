package vn.vanthu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render}: one file with {@code -o}, and batches of files and folders with {@code -d}. */
class RenderBatchTests {

  @TempDir Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int vanthu(String... args) {
    return Cli.commandLine(Object.class, args)
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
  }

  private static boolean isPdf(Path file) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    return bytes.length > 1000
        && new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
  }

  /**
   * A folder with a sub-folder, an invalid document and a file that is not JSON, plus a missing
   * file: the good documents are rendered (sub-folders kept), each failure is named with its reason,
   * and the exit status says some failed.
   */
  @Test
  void batchRendersFoldersAndFilesAndReportsEachFailure() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in/sub"));
    Files.copy(Path.of("samples/cong-van-bao-cao-ttdn-2024.json"), tmp.resolve("in/cong-van.json"));
    Files.copy(Path.of("samples/thong-bao-mat.json"), in.resolve("thong-bao.json"));
    Files.writeString(tmp.resolve("in/broken.json"), "{\"type\": \"QD\"");
    Files.writeString(tmp.resolve("in/notes.txt"), "not a document");
    Path out = tmp.resolve("out");

    int status = vanthu("render", tmp.resolve("in").toString(), "samples/quyet-dinh-draft.json",
        tmp.resolve("missing.json").toString(), "-d", out.toString(), "-j", "2");

    assertThat(status).isEqualTo(Cli.IO_ERROR);
    assertThat(isPdf(out.resolve("cong-van.pdf"))).isTrue();
    assertThat(isPdf(out.resolve("sub/thong-bao.pdf"))).isTrue();
    assertThat(isPdf(out.resolve("quyet-dinh-draft.pdf"))).isTrue();
    assertThat(out.resolve("broken.pdf")).doesNotExist();
    assertThat(out.resolve("notes.pdf")).doesNotExist();
    String errors = err.toString();
    assertThat(errors).contains("missing.json: no such file or folder");
    assertThat(errors).contains("broken.json: not a valid document:").contains("well-formed JSON");
    assertThat(errors).contains("4/4 100%").contains("1 failed");
    assertThat(this.out.toString()).contains("rendered 3 of 4 documents to " + out);
  }

  /** Invalid inputs alone give the invalid-input status, and nothing stops at the first. */
  @Test
  void batchOfInvalidInputsExitsWithInvalidInput() throws Exception {
    Files.writeString(tmp.resolve("a.json"), "[]");
    Files.writeString(tmp.resolve("b.json"), "{}");

    int status = vanthu("render", tmp.resolve("a.json").toString(), tmp.resolve("b.json").toString(),
        "-d", tmp.resolve("out").toString());

    assertThat(status).isEqualTo(Cli.INVALID_INPUT);
    assertThat(err.toString()).contains("a.json: not a valid document:")
        .contains("b.json: not a valid document:");
  }

  /** Two inputs that would write the same PDF: the second is refused, not silently overwritten. */
  @Test
  void batchRefusesTwoInputsWithTheSameOutput() throws Exception {
    Path a = Files.createDirectories(tmp.resolve("a"));
    Path b = Files.createDirectories(tmp.resolve("b"));
    Files.copy(Path.of("samples/thong-bao-mat.json"), a.resolve("doc.json"));
    Files.copy(Path.of("samples/cong-van-bao-cao-ttdn-2024.json"), b.resolve("doc.json"));

    int status = vanthu("render", a.resolve("doc.json").toString(), b.resolve("doc.json").toString(),
        "-d", tmp.resolve("out").toString());

    assertThat(status).isEqualTo(Cli.IO_ERROR);
    assertThat(err.toString()).contains("skipped, its PDF");
    assertThat(isPdf(tmp.resolve("out/doc.pdf"))).isTrue();
  }

  /** The single-file form still works, with its extras; -o takes one input only. */
  @Test
  void singleFileModeStillWorks() throws Exception {
    Path pdf = tmp.resolve("one.pdf");
    Path xhtml = tmp.resolve("one.xhtml");

    int status = vanthu("render", "samples/cong-van-bao-cao-ttdn-2024.json", "-o", pdf.toString(),
        "--html", xhtml.toString());

    assertThat(status).isZero();
    assertThat(isPdf(pdf)).isTrue();
    assertThat(Files.readString(xhtml)).contains("<html");
    assertThat(out.toString()).contains("wrote " + pdf);

    assertThat(vanthu("render", "samples/cong-van-bao-cao-ttdn-2024.json",
        "samples/thong-bao-mat.json", "-o", pdf.toString())).isEqualTo(2);
    assertThat(vanthu("render", "samples/thong-bao-mat.json")).isEqualTo(2);
    assertThat(vanthu("render", "samples/thong-bao-mat.json", "-d", tmp.toString(),
        "--html", xhtml.toString())).isEqualTo(2);
  }

  @Test
  void progressBarCounts() {
    StringWriter text = new StringWriter();
    RenderCommand.Progress progress = new RenderCommand.Progress(new PrintWriter(text), 20, false);
    for (int i = 0; i < 20; i++) {
      progress.done(i != 3);
    }
    String bar = text.toString();
    assertThat(bar.lines()).hasSize(11);
    assertThat(bar).contains("[###############...............] 10/20  50%  1 failed")
        .contains("[##############################] 20/20 100%  1 failed");
  }
}
