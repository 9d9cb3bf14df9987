package vn.vanthu.archive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.vanthu.archive.store.ContentStore;

/**
 * Re-reads every stored file, checks its checksum, and checks that the database and the files
 * agree: every file a record names exists and is intact, every file on disk has a record, no
 * document is left half-issued.
 */
@Service
public class ArchiveVerification {

  private final DocumentRepository documents;
  private final ContentStore files;

  ArchiveVerification(DocumentRepository documents, ContentStore files) {
    this.documents = documents;
    this.files = files;
  }

  /** Checks the whole archive. */
  public VerificationReport verify() {
    List<String> problems = new ArrayList<>();
    List<ArchivedDocument> all = documents.all();
    Map<String, List<String>> owners = new HashMap<>();
    for (ArchivedDocument d : all) {
      String name = describe(d);
      for (String hash : new String[] {d.sourceSha256(), d.pdfSha256(), d.originalSha256(), d.textSha256()}) {
        if (hash != null) {
          owners.computeIfAbsent(hash, h -> new ArrayList<>()).add(name);
        }
      }
      if (d.state() == DocumentState.PENDING) {
        problems.add(name + " is numbered but its PDF was never stored (an interrupted issue; "
            + "restarting Vanthu finishes it)");
      } else if (d.origin() != DocumentOrigin.IMPORTED && d.pdfSha256() == null) {
        problems.add(name + " has no PDF");
      }
    }
    Set<String> recorded = new HashSet<>(documents.fileHashes());
    int checked = 0;
    for (String hash : recorded) {
      checked++;
      List<String> users = owners.getOrDefault(hash, List.of());
      if (!files.contains(hash)) {
        problems.add("file " + hash + " is missing" + usedBy(users));
      } else if (!files.isIntact(hash)) {
        problems.add("file " + hash + " is corrupted: its content no longer has this checksum"
            + usedBy(users));
      }
    }
    for (String hash : owners.keySet()) {
      if (!recorded.contains(hash)) {
        problems.add("file " + hash + " is named by a record but not registered"
            + usedBy(owners.get(hash)));
      }
    }
    for (String hash : files.hashes().toList()) {
      if (!recorded.contains(hash)) {
        problems.add("file " + hash + " has no record (left by an interrupted write)");
      }
    }
    return new VerificationReport(checked, all.size(), List.copyOf(problems));
  }

  private static String usedBy(List<String> users) {
    return users.isEmpty() ? "" : "; it belongs to " + String.join(", ", users);
  }

  private static String describe(ArchivedDocument d) {
    String label = d.numberText() != null ? d.numberText()
        : d.type() != null ? d.type().displayName() : "document";
    return label + " (" + d.id() + ")";
  }
}
