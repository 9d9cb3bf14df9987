package vn.vanthu.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vanthu.document.AttachedDocument;
import vn.vanthu.document.Classification;
import vn.vanthu.document.DocumentReader;
import vn.vanthu.document.InvalidDocumentException;
import vn.vanthu.document.OfficialDocument;
import vn.vanthu.document.Relation;
import vn.vanthu.document.Violation;
import vn.vanthu.archive.store.ContentStore;
import vn.vanthu.numbering.NumberingSettings;
import vn.vanthu.numbering.Register;
import vn.vanthu.numbering.RegisterSeries;
import vn.vanthu.rendering.DocumentRenderer;
import vn.vanthu.rendering.Nd30Formats;

/**
 * Issues documents: draft → number and date from the register → stored source → rendered PDF.
 *
 * <p>The number is taken in the same short transaction that stores the document's source with
 * that number, so a number is consumed exactly when a document exists to carry it. The PDF is
 * rendered after the commit, outside the register's lock, and recorded in a second step; if the
 * process dies in between, {@link ArchiveRecovery} renders it from the stored source at the next
 * start. Issued documents never change.
 */
@Service
public class DocumentIssuing {

  /** Dates of issue are Vietnamese calendar dates. */
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final DocumentReader reader = new DocumentReader();
  private final ObjectMapper json = new ObjectMapper();
  private final DocumentRepository documents;
  private final Register register;
  private final NumberingSettings numbering;
  private final ContentStore files;
  private final DocumentRenderer renderer;
  private final AuditLog audit;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  DocumentIssuing(DocumentRepository documents, Register register, NumberingSettings numbering,
      ContentStore files, DocumentRenderer renderer, AuditLog audit,
      TransactionTemplate transactions, Clock clock, ApplicationEventPublisher events) {
    this.events = events;
    this.documents = documents;
    this.register = register;
    this.numbering = numbering;
    this.files = files;
    this.renderer = renderer;
    this.audit = audit;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** Renders a draft as it stands, blank number and all; stores nothing. */
  public byte[] preview(byte[] sourceJson) {
    OfficialDocument document = reader.read(sourceJson);
    return renderer.render(document, sourceJson).pdf();
  }

  /** Issues a draft as a trusted tool (command line, samples), which may see every document. */
  public ArchivedDocument issue(byte[] sourceJson, String actor) {
    return issue(sourceJson, actor, Classification.TUYET_MAT);
  }

  /**
   * Issues a draft: the next number of its series, today's date, stored and rendered. The actor
   * may issue only what they may see, and link only to documents they may see: the number of a
   * secret series, or whether a secret document exists, must not leak to a user not cleared for it.
   */
  public ArchivedDocument issue(byte[] sourceJson, String actor,
      @Nullable Classification clearance) {
    OfficialDocument draft = reader.read(sourceJson);
    if (!draft.isDraft()) {
      throw new InvalidDocumentException(List.of(new Violation("number",
          "is given by the register when the document is issued; leave it out")));
    }
    if (!permits(draft.classification(), clearance)) {
      throw new InvalidDocumentException(List.of(new Violation("classification",
          "is above your clearance: only a user cleared for "
              + draft.classification().code() + " may issue this document")));
    }
    LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
    List<LinkTarget> targets = resolveTargets(draft, clearance);
    RegisterSeries series = RegisterSeries.of(draft, today.getYear(),
        numbering.schemeOf(draft.issuer().abbreviation()));
    String id = transactions.execute(status -> {
      int number = register.allocate(series);
      OfficialDocument issued = draft.issued(number, today);
      byte[] issuedJson = withNumberAndDate(sourceJson, number, today);
      String sourceHash = storeFile(issuedJson, "application/json");
      String documentId = UUID.randomUUID().toString();
      documents.insert(record(documentId, DocumentOrigin.ISSUED, null, issued, series,
          sourceHash, issued.subject(), issued.type(), actor));
      for (AttachedDocument attached : issued.attachments()) {
        String attachedId = UUID.randomUUID().toString();
        documents.insert(record(attachedId, DocumentOrigin.ATTACHED, documentId,
            withoutNumber(issued), null, sourceHash, attached.subject(), attached.type(), actor));
        documents.insertLink(new DocumentLink(attachedId, documentId, "ATTACHED_TO"));
      }
      for (LinkTarget target : targets) {
        documents.insertLink(new DocumentLink(documentId, target.id(), target.kind().name()));
      }
      audit.record(actor, "ISSUED", documentId, Nd30Formats.numberAndSymbol(number,
          issued.symbol()));
      return documentId;
    });
    return finish(id);
  }

  /**
   * Archives a structured document that already carries its number and date, issued before Vanthu
   * kept the register (the samples, a year's back catalogue): stored and rendered, not renumbered.
   */
  public ArchivedDocument archiveNumbered(byte[] sourceJson, String actor) {
    OfficialDocument document = reader.read(sourceJson);
    if (document.isDraft()) {
      throw new InvalidDocumentException(List.of(new Violation("number",
          "is required to archive an earlier document; issue a draft instead")));
    }
    List<LinkTarget> targets = resolveTargets(document, Classification.TUYET_MAT);
    String id = transactions.execute(status -> {
      String sourceHash = storeFile(sourceJson, "application/json");
      String documentId = UUID.randomUUID().toString();
      documents.insert(record(documentId, DocumentOrigin.IMPORTED, null, document, null,
          sourceHash, document.subject(), document.type(), actor));
      for (AttachedDocument attached : document.attachments()) {
        String attachedId = UUID.randomUUID().toString();
        documents.insert(record(attachedId, DocumentOrigin.ATTACHED, documentId,
            withoutNumber(document), null, sourceHash, attached.subject(), attached.type(), actor));
        documents.insertLink(new DocumentLink(attachedId, documentId, "ATTACHED_TO"));
      }
      for (LinkTarget target : targets) {
        documents.insertLink(new DocumentLink(documentId, target.id(), target.kind().name()));
      }
      audit.record(actor, "IMPORTED", documentId,
          Nd30Formats.numberAndSymbol(document.number(), document.symbol()));
      return documentId;
    });
    return finish(id);
  }

  /** Renders and records the PDF of a pending document; does nothing to a stored one. */
  ArchivedDocument finish(String id) {
    ArchivedDocument pending = documents.find(id).orElseThrow(() -> new DocumentNotFound(id));
    if (pending.state() == DocumentState.STORED || pending.sourceSha256() == null) {
      return pending;
    }
    byte[] source = files.read(pending.sourceSha256());
    byte[] pdf = renderer.render(reader.read(source), source).pdf();
    transactions.executeWithoutResult(status -> {
      String pdfHash = storeFile(pdf, "application/pdf");
      documents.completeWithPdf(id, pdfHash);
    });
    events.publishEvent(new DocumentStored(id));
    return documents.find(id).orElseThrow();
  }

  private String storeFile(byte[] bytes, String mediaType) {
    String hash = files.put(bytes);
    documents.insertFile(hash, bytes.length, mediaType, Timestamp.from(clock.instant()));
    return hash;
  }

  private record LinkTarget(Relation.Kind kind, String id) {}

  private static boolean permits(@Nullable Classification level,
      @Nullable Classification clearance) {
    return level == null || (clearance != null && clearance.compareTo(level) >= 0);
  }

  /** The documents a draft acts on; one above the clearance is reported like a missing one. */
  private List<LinkTarget> resolveTargets(OfficialDocument draft,
      @Nullable Classification clearance) {
    List<LinkTarget> targets = new ArrayList<>();
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < draft.relations().size(); i++) {
      Relation relation = draft.relations().get(i);
      var found = documents.find(relation.target())
          .filter(target -> permits(target.classification(), clearance))
          .or(() -> documents.findByNumberText(relation.target()).stream()
              .filter(target -> permits(target.classification(), clearance)).findFirst());
      if (found.isEmpty()) {
        violations.add(new Violation("relations[" + i + "].target",
            "no issued document " + relation.target() + " in the archive"));
      } else {
        targets.add(new LinkTarget(relation.kind(), found.get().id()));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidDocumentException(violations);
    }
    return targets;
  }

  private ArchivedDocument record(String id, DocumentOrigin origin, String parentId,
      OfficialDocument document, RegisterSeries series, String sourceHash, String title,
      vn.vanthu.document.DocumentType type, String actor) {
    Integer number = document.number();
    return new ArchivedDocument(id, origin, DocumentState.PENDING, parentId,
        document.issuer().name(), document.issuer().abbreviation(), type,
        type == null ? "Phụ lục" : type.displayName(), number,
        number == null ? null : document.symbol(),
        number == null ? null : Nd30Formats.numberAndSymbol(number, document.symbol()),
        series == null ? null : series.series(), series == null ? null : series.year(),
        document.date(), document.place(), title, document.signature().name(),
        document.classification(), null, sourceHash, null, null, null, clock.instant(), actor);
  }

  private static OfficialDocument withoutNumber(OfficialDocument issued) {
    return new OfficialDocument(issued.issuer(), issued.type(), null, issued.symbol(),
        issued.place(), issued.date(), issued.subject(), issued.competence(), issued.legalBases(),
        issued.addressees(), issued.body(), issued.signature(), issued.recipients(),
        issued.filing(), issued.classification(), issued.urgency(), issued.circulation(),
        issued.contact(), issued.attachments(), issued.relations());
  }

  /** The submitted JSON with the number and date the register gave, as the archival source. */
  private byte[] withNumberAndDate(byte[] sourceJson, int number, LocalDate date) {
    try {
      ObjectNode tree = (ObjectNode) json.readTree(sourceJson);
      tree.put("number", number);
      tree.put("date", date.toString());
      return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rewrite a document that was just read", e);
    }
  }
}
