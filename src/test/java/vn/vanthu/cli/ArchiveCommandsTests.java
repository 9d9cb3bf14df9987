package vn.vanthu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanthu.Application;

/**
 * The archive's command line as a new user runs it, on one data directory: {@code import} of a
 * folder (PDFs from the corpus, a JSONL file of documents, the corpus's manifest beside them and a
 * broken PDF), the same folder again, {@code extract --json}, {@code search --json} with and
 * without diacritics and by number, {@code search --queries} and {@code reindex}.
 */
class ArchiveCommandsTests {

  private static final Path CORPUS_PDF = Path.of(System.getProperty("basedir", ""))
      .toAbsolutePath().resolve("../shared/corpus/pdf").normalize();
  private static final String DECISION_798 = "quyet-dinh-so-798-qd-ttg-469485.pdf";
  private static final String DECREE_38 = "nghi-dinh-so-38-2022-nd-cp-37348.pdf";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path work;

  /** One run of the command line: exit status and what it printed. */
  record Run(int status, String out, String err) {

    List<JsonNode> jsonLines() throws IOException {
      List<JsonNode> lines = new ArrayList<>();
      for (String line : out.lines().toList()) {
        lines.add(JSON.readTree(line));
      }
      return lines;
    }
  }

  private Run vanthu(String... args) {
    List<String> all = new ArrayList<>(List.of("--data-dir", work.resolve("data").toString()));
    all.addAll(List.of(args));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] arguments = all.toArray(String[]::new);
    int status = Cli.commandLine(Application.class, arguments).setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true)).execute(arguments);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void importExtractSearchAndReindexAFolder() throws IOException {
    Path folder = work.resolve("old documents");
    Files.createDirectories(folder.resolve("scans"));
    Files.copy(CORPUS_PDF.resolve(DECISION_798), folder.resolve(DECISION_798));
    Files.copy(CORPUS_PDF.resolve(DECREE_38), folder.resolve("scans").resolve(DECREE_38));
    Files.copy(CORPUS_PDF.resolve("manifest.jsonl"), folder.resolve("manifest.jsonl"));
    Files.write(folder.resolve("scans").resolve("broken.pdf"), "%PDF-1.7 not really".getBytes(
        StandardCharsets.US_ASCII));
    Files.writeString(folder.resolve("registry.jsonl"), """
        {"id": "bhxh-813", "number": "813/QĐ-BHXH", "type": "Quyết định", "date": "2020-06-05", \
        "issuer": "Bảo hiểm xã hội Việt Nam", "title": "Ban hành Kế hoạch thông tin đối ngoại năm \
        2020", "text": "Quyết định ban hành Kế hoạch thông tin đối ngoại của Bảo hiểm xã hội Việt \
        Nam năm 2020."}
        {"id": "bhxh-17", "number": "17/KH-BHXH", "type": "Kế hoạch", "date": "2020-01-10", \
        "issuer": "Bảo hiểm xã hội Việt Nam", "text": "Kế hoạch tuyên truyền chính sách bảo hiểm \
        y tế học sinh, sinh viên."}
        """, StandardCharsets.UTF_8);

    Run first = vanthu("import", folder.toString());

    assertThat(first.status()).as(first.out() + first.err()).isEqualTo(1);
    assertThat(first.out())
        .contains("skipped " + folder.resolve("manifest.jsonl") + ": its first line has no")
        .contains("unreadable " + folder.resolve("scans").resolve("broken.pdf") + ": ")
        .endsWith("imported 4, duplicates 0, unreadable 1, skipped 1\n");
    assertThat(first.out() + first.err()).doesNotContain("Exception").doesNotContain("\tat ");

    Run again = vanthu("import", folder.toString());
    assertThat(again.out()).endsWith("imported 0, duplicates 4, unreadable 1, skipped 1\n");

    Run extracted = vanthu("extract", folder.resolve(DECISION_798).toString(), "--json");
    assertThat(extracted.status()).isZero();
    JsonNode metadata = extracted.jsonLines().get(0);
    assertThat(metadata.get("number").asText()).isEqualTo("798/QĐ-TTg");
    assertThat(metadata.get("type").asText()).isEqualTo("Quyết định");
    assertThat(metadata.get("date").asText()).isEqualTo("2026-05-05");
    assertThat(metadata.get("signer").asText()).isEqualTo("Lê Minh Hưng");
    assertThat(metadata.get("confidence").get("number").asDouble()).isPositive();

    JsonNode prime = vanthu("search", "quyet dinh thu tuong", "--json").jsonLines().get(0);
    assertThat(prime.get("hits").get(0).get("number").asText()).isEqualTo("798/QĐ-TTg");
    assertThat(prime.get("hits").get(0).get("snippet").asText()).contains("<mark>");
    assertThat(prime.get("facets").get("Loại văn bản").toString()).contains("Quyết định");

    for (String number : List.of("813/QD-BHXH", "813 qd bhxh", "813/QĐ-BHXH")) {
      JsonNode byNumber = vanthu("search", number, "--json").jsonLines().get(0);
      assertThat(byNumber.get("hits").get(0).get("id").asText()).as(number).isEqualTo("bhxh-813");
    }

    Files.writeString(work.resolve("queries.jsonl"), """
        {"qid": "q1", "query": "BHXH thông tin đối ngoại"}
        {"qid": "q2", "query": "bao hiem y te hoc sinh"}
        """, StandardCharsets.UTF_8);
    List<JsonNode> answers = vanthu("search", "--queries", work.resolve("queries.jsonl").toString(),
        "--json").jsonLines();
    assertThat(answers).extracting(a -> a.get("qid").asText()).containsExactly("q1", "q2");
    assertThat(answers.get(0).get("hits").get(0).get("id").asText()).isEqualTo("bhxh-813");
    assertThat(answers.get(1).get("hits").get(0).get("id").asText()).isEqualTo("bhxh-17");

    Run reindexed = vanthu("reindex");
    assertThat(reindexed.status()).isZero();
    assertThat(reindexed.out()).contains("indexed 4 documents");
  }
}
