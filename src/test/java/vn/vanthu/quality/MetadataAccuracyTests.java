package vn.vanthu.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.vanthu.archive.ingest.CleanedText;
import vn.vanthu.archive.ingest.MetadataDetector;
import vn.vanthu.archive.ingest.TextCleaner;

/**
 * Keeps the figures of docs/metadata-quality.md from sliding back: the evaluation must still meet
 * its targets, and every text of the corpus must go through cleaning and detection. Skipped where
 * ../shared/corpus is absent.
 */
class MetadataAccuracyTests {

  private static final Path CORPUS = Path.of("../shared/corpus");

  @Test
  void numberTypeAndDateStayAboveTheTarget() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(CORPUS.resolve("pdf")), "../shared/corpus is absent");
    ByteArrayOutputStream report = new ByteArrayOutputStream();

    PrintStream out = new PrintStream(report, true, StandardCharsets.UTF_8);

    MetadataAccuracyEvaluation evaluation = MetadataAccuracyEvaluation.run(CORPUS, out);

    assertThat(evaluation.targetsMet()).as(report.toString(StandardCharsets.UTF_8)).isTrue();
  }

  @Test
  void readsEveryCorpusTextWithoutFailing() throws Exception {
    Path textOnly = CORPUS.resolve("corpus/tvpl_docs_text_only.jsonl");
    Assumptions.assumeTrue(Files.exists(textOnly), "../shared/corpus is absent");
    ObjectMapper json = new ObjectMapper();
    TextCleaner cleaner = new TextCleaner();
    MetadataDetector detector = new MetadataDetector();
    int documents = 0;
    int numbered = 0;
    try (BufferedReader reader = Files.newBufferedReader(textOnly, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        CleanedText cleaned = cleaner.clean(json.readTree(line).get("text").asText());
        numbered += detector.detect(cleaned).number().isPresent() ? 1 : 0;
        documents++;
      }
    }
    assertThat(documents).isEqualTo(192);
    assertThat(numbered).isGreaterThan(180); // no gold here: a floor against breakage
  }
}
