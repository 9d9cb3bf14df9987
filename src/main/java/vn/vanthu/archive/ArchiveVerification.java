package vn.vanthu.archive;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.vanthu.archive.store.ContentStore;

/**
 * Re-reads every stored file, checks its checksum, and checks that the database and the files
 * agree: every file a record names exists and is intact, every file on disk has a record, no
 * document is left half-issued. Streams: the registered hashes and the files on disk are merged in
 * ascending order, the documents are read a page at a time, and only the problems are kept.
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
    List<FileProblem> registered = new ArrayList<>();
    List<String> unrecorded = new ArrayList<>();
    int[] checked = {0};
    HashMerge.merge(documents.fileHashesAscending(), files.hashesAscending(),
        new HashMerge.Visitor() {
          @Override
          public void missing(String hash) {
            checked[0]++;
            registered.add(new FileProblem(hash, " is missing"));
          }

          @Override
          public void present(String hash) {
            checked[0]++;
            if (!files.isIntact(hash)) {
              registered.add(new FileProblem(hash,
                  " is corrupted: its content no longer has this checksum"));
            }
          }

          @Override
          public void unregistered(String hash) {
            unrecorded.add(hash);
          }
        });
    List<String> unregistered = documents.unregisteredHashes();

    // One pass over the documents: their own state, and the owners of the (few) problem files.
    Map<String, List<String>> owners = new HashMap<>();
    registered.forEach(p -> owners.put(p.hash(), new ArrayList<>()));
    unregistered.forEach(hash -> owners.put(hash, new ArrayList<>()));
    List<String> problems = new ArrayList<>();
    int[] documentCount = {0};
    documents.forEachCreatedSince(Instant.EPOCH, d -> {
      documentCount[0]++;
      String name = describe(d);
      for (String hash : new String[] {d.sourceSha256(), d.pdfSha256(), d.originalSha256(), d.textSha256()}) {
        List<String> users = hash == null ? null : owners.get(hash);
        if (users != null) {
          users.add(name);
        }
      }
      if (d.state() == DocumentState.PENDING) {
        problems.add(name + " is numbered but its PDF was never stored (an interrupted issue; "
            + "restarting Vanthu finishes it)");
      } else if (d.origin() != DocumentOrigin.IMPORTED && d.pdfSha256() == null) {
        problems.add(name + " has no PDF");
      }
    });
    for (FileProblem p : registered) {
      problems.add("file " + p.hash() + p.what() + usedBy(owners.get(p.hash())));
    }
    for (String hash : unregistered) {
      problems.add("file " + hash + " is named by a record but not registered"
          + usedBy(owners.get(hash)));
    }
    for (String hash : unrecorded) {
      problems.add("file " + hash + " has no record (left by an interrupted write)");
    }
    return new VerificationReport(checked[0], documentCount[0], List.copyOf(problems));
  }

  /** A registered file that is missing or corrupted: its hash and what is wrong with it. */
  private record FileProblem(String hash, String what) {}

  private static String usedBy(List<String> users) {
    return users.isEmpty() ? "" : "; it belongs to " + String.join(", ", users);
  }

  private static String describe(ArchivedDocument d) {
    String label = d.numberText() != null ? d.numberText()
        : d.type() != null ? d.type().displayName() : "document";
    return label + " (" + d.id() + ")";
  }
}
