package vn.vanthu.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.vanthu.document.DocumentReader;

/**
 * Gives a new installation something to look at: when the service starts on an empty archive, the
 * documents in {@code samples/} are issued (drafts get the next numbers) or archived with the
 * numbers they carry. Never touches an archive that holds anything.
 */
@Component
@Order(10)
@ConditionalOnWebApplication
class SampleLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(SampleLoader.class);
  static final String ACTOR = "system:samples";

  private final ArchiveSettings settings;
  private final DocumentRepository documents;
  private final DocumentIssuing issuing;

  SampleLoader(ArchiveSettings settings, DocumentRepository documents, DocumentIssuing issuing) {
    this.settings = settings;
    this.documents = documents;
    this.issuing = issuing;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    Path samples = Path.of("samples");
    if (!settings.loadSamples() || documents.count() > 0 || !Files.isDirectory(samples)) {
      return;
    }
    DocumentReader reader = new DocumentReader();
    try (Stream<Path> files = Files.list(samples)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        byte[] json = Files.readAllBytes(file);
        ArchivedDocument stored = reader.read(json).isDraft()
            ? issuing.issue(json, ACTOR) : issuing.archiveNumbered(json, ACTOR);
        log.info("sample {} archived as {} {}", file.getFileName(), stored.numberText(),
            stored.id());
      }
    }
  }
}
