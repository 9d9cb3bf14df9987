package vn.vanthu.archive.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The shared documents beside the project (../shared); tests using them skip without them. */
final class Corpus {

  static final Path SHARED = Path.of("../shared");
  static final Path SEED = SHARED.resolve("seeds/004_847271a580755bc0.txt");
  static final Path PDF_DIR = SHARED.resolve("corpus/pdf");
  static final Path CONGBAO = SHARED.resolve("corpus/corpus/congbao_docs.jsonl");
  static final Path TVPL = SHARED.resolve("corpus/corpus/tvpl_docs_with_metadata.jsonl");

  private Corpus() {}

  /** The text of the 813/QĐ-BHXH seed, as extracted from its PDF; skips the test without it. */
  static String seed() throws IOException {
    return Files.readString(require(SEED), StandardCharsets.UTF_8);
  }

  /** A corpus PDF by file name; skips the test without it. */
  static Path pdf(String name) {
    return require(PDF_DIR.resolve(name));
  }

  /** {@code path}, or skips the test when ../shared does not hold it. */
  static Path require(Path path) {
    Assumptions.assumeTrue(Files.exists(path), () -> "skipped: " + path + " is not here");
    return path;
  }
}
