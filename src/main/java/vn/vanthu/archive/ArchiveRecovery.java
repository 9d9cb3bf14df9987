package vn.vanthu.archive;

import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.vanthu.archive.store.ContentStore;

/**
 * Brings the archive back to a consistent state at every start, before anything is served: removes
 * half-written temporary files, renders the PDFs of documents whose issue was interrupted after
 * their number was committed, and deletes stored files that no record refers to.
 */
@Component
@Order(0)
class ArchiveRecovery implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ArchiveRecovery.class);

  private final DocumentRepository documents;
  private final DocumentIssuing issuing;
  private final ContentStore files;
  private final ArchiveSettings settings;
  private final Clock clock;

  ArchiveRecovery(DocumentRepository documents, DocumentIssuing issuing, ContentStore files,
      ArchiveSettings settings, Clock clock) {
    this.documents = documents;
    this.issuing = issuing;
    this.files = files;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    recover();
  }

  /** Runs the three repairs; returns what it did, for logs and tests. */
  Result recover() {
    int partial = files.clearIncoming();
    List<ArchivedDocument> pending = documents.pending();
    for (ArchivedDocument document : pending) {
      log.info("finishing interrupted issue of {} ({})", document.numberText(), document.id());
      issuing.finish(document.id());
    }
    int[] orphans = {0};
    // A sorted merge, not a set of every registered hash: this runs at every start, at any size.
    HashMerge.merge(documents.fileHashesAscending(), files.hashesAscending(),
        new HashMerge.Visitor() {
          @Override
          public void unregistered(String hash) {
            if (oldEnough(hash)) {
              log.info("deleting stored file {} that no record refers to", hash);
              files.deleteOrphan(hash);
              orphans[0]++;
            }
          }
        });
    return new Result(partial, pending.size(), orphans[0]);
  }

  private boolean oldEnough(String hash) {
    try {
      FileTime modified = Files.getLastModifiedTime(files.pathOf(hash));
      return !modified.toInstant().plus(settings.orphanGrace()).isAfter(clock.instant());
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /** What a recovery did: temporary files removed, issues finished, orphans deleted. */
  record Result(int partialWrites, int finishedIssues, int orphansDeleted) {}
}
