package vn.vanthu.archive;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.vanthu.archive.store.ContentStore;
import vn.vanthu.document.Classification;

/**
 * Reading the archive. Every read names who reads and up to which secrecy level they are cleared;
 * a document above that level does not exist for them. Views and downloads are audited.
 */
@Service
public class Archive {

  private final DocumentRepository documents;
  private final ContentStore files;
  private final AuditLog audit;

  Archive(DocumentRepository documents, ContentStore files, AuditLog audit) {
    this.documents = documents;
    this.files = files;
    this.audit = audit;
  }

  /** A document's record, its links in both directions and its history. */
  public record Details(ArchivedDocument document, List<DocumentLink> links,
      List<AuditEvent> history) {}

  /** A document the reader may see, with its links and history; audited as VIEWED. */
  public Details details(String id, String actor, @Nullable Classification clearance) {
    ArchivedDocument document = visible(id, clearance);
    audit.record(actor, "VIEWED", document.id(), null);
    // A link names the document at its other end: one above the reader's clearance (a secret
    // decision amending this one) must not show even its id.
    List<DocumentLink> links = documents.links(document.id()).stream()
        .filter(link -> permits(link.fromId().equals(document.id()) ? link.toId() : link.fromId(),
            clearance))
        .toList();
    return new Details(document, links, audit.of(document.id()));
  }

  /** The archival PDF, or the imported original PDF; audited as DOWNLOADED. */
  public byte[] pdf(String id, String actor, @Nullable Classification clearance) {
    ArchivedDocument document = visible(id, clearance);
    if (document.pdfSha256() == null && document.originalSha256() != null
        && documents.mediaType(document.originalSha256()).equals("application/pdf")) {
      audit.record(actor, "DOWNLOADED", document.id(), "original pdf");
      return files.read(document.originalSha256());
    }
    if (document.pdfSha256() == null) {
      throw new DocumentNotFound(id + "/pdf");
    }
    audit.record(actor, "DOWNLOADED", document.id(), "pdf");
    return files.read(document.pdfSha256());
  }

  /** The structured source JSON of a document issued here; audited as DOWNLOADED. */
  public byte[] source(String id, String actor, @Nullable Classification clearance) {
    ArchivedDocument document = visible(id, clearance);
    if (document.sourceSha256() == null) {
      throw new DocumentNotFound(id + "/source");
    }
    audit.record(actor, "DOWNLOADED", document.id(), "source");
    return files.read(document.sourceSha256());
  }

  /** A document's record if the reader may see it; not audited (for links and lists). */
  public Optional<ArchivedDocument> find(String id, @Nullable Classification clearance) {
    try {
      return Optional.of(visible(id, clearance));
    } catch (DocumentNotFound e) {
      return Optional.empty();
    }
  }

  /** Whether {@link #pdf} has a PDF to give: the archival one, or an imported original PDF. */
  public boolean hasPdf(ArchivedDocument document) {
    return document.pdfSha256() != null || (document.originalSha256() != null
        && documents.mediaType(document.originalSha256()).equals("application/pdf"));
  }

  /** Every document, oldest first (for tools; no access filter). */
  public List<ArchivedDocument> all() {
    return documents.all();
  }

  private boolean permits(String id, @Nullable Classification clearance) {
    return documents.find(id).map(d -> permits(d.classification(), clearance)).orElse(false);
  }

  private static boolean permits(@Nullable Classification level,
      @Nullable Classification clearance) {
    return level == null || (clearance != null && clearance.compareTo(level) >= 0);
  }

  /** The record of a document the reader may see, by archive id or import id; not audited. */
  ArchivedDocument visible(String id, @Nullable Classification clearance) {
    ArchivedDocument document = documents.find(id).or(() -> documents.findByExternalId(id))
        .orElseThrow(() -> new DocumentNotFound(id));
    if (!permits(document.classification(), clearance)) {
      throw new DocumentNotFound(id);
    }
    return document;
  }
}
