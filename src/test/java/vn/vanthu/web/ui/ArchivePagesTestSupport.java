package vn.vanthu.web.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.vanthu.archive.Archive;
import vn.vanthu.archive.ArchiveSearch;
import vn.vanthu.archive.DocumentIssuing;
import vn.vanthu.document.DocumentReader;

/**
 * The search and import page tests: their own application context (so that documents other page
 * tests issue do not change their counts), with every numbered sample archived once.
 */
@TestPropertySource(properties = "vanthu.test.context=archive-pages")
abstract class ArchivePagesTestSupport extends UiTestSupport {

  @Autowired DocumentIssuing issuing;
  @Autowired ArchiveSearch search;
  @Autowired Archive archive;

  @BeforeEach
  void archiveTheSamples() throws IOException {
    synchronized (ArchivePagesTestSupport.class) {
      if (archive.all().isEmpty()) {
        try (Stream<Path> samples = Files.list(BASE.resolve("samples"))) {
          for (Path sample : samples.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
            byte[] json = Files.readAllBytes(sample);
            if (!new DocumentReader().read(json).isDraft()) {
              issuing.archiveNumbered(json, "test");
            }
          }
        }
      }
      search.refresh();
    }
  }
}
