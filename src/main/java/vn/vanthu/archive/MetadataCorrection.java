package vn.vanthu.archive;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vanthu.archive.ingest.DetectedMetadata;
import vn.vanthu.archive.ingest.DocumentKind;
import vn.vanthu.archive.ingest.MetadataDetector;
import vn.vanthu.archive.ingest.MetadataField;
import vn.vanthu.archive.ingest.TextCleaner;
import vn.vanthu.archive.store.ContentStore;
import vn.vanthu.document.Classification;

/**
 * A person's correction of the metadata detected in an imported document. Only documents whose
 * metadata was detected (imported files and JSONL lines) can be corrected; a document issued or
 * archived from its structured source takes its metadata from that source. Each saved correction
 * is audited with the fields it changed, and the document is indexed again.
 */
@Service
public class MetadataCorrection {

  private static final Map<MetadataField, Integer> MAX_LENGTH = Map.of(
      MetadataField.NUMBER, 120, MetadataField.PLACE, 300, MetadataField.ISSUER, 300,
      MetadataField.TITLE, 2000, MetadataField.SIGNER, 300, MetadataField.TYPE, 60);

  private final Archive archive;
  private final DocumentRepository documents;
  private final ContentStore files;
  private final AuditLog audit;
  private final TransactionTemplate transactions;
  private final ApplicationEventPublisher events;
  private final TextCleaner cleaner = new TextCleaner();
  private final MetadataDetector detector;

  MetadataCorrection(Archive archive, DocumentRepository documents, ContentStore files,
      AuditLog audit, TransactionTemplate transactions, ApplicationEventPublisher events,
      Clock clock) {
    this.archive = archive;
    this.documents = documents;
    this.files = files;
    this.audit = audit;
    this.transactions = transactions;
    this.events = events;
    this.detector = new MetadataDetector(clock);
  }

  /**
   * An imported document as stored, with what the detector finds in its stored text (the values
   * and confidences it was imported with, unless declared with a JSONL line).
   *
   * @param document the record, with any corrections saved so far
   * @param detected the metadata detected in its cleaned text, each field with its confidence
   */
  public record Imported(ArchivedDocument document, DetectedMetadata detected) {}

  /** Whether a document's metadata was detected, and so may be corrected. */
  public static boolean correctable(ArchivedDocument document) {
    return document.origin() == DocumentOrigin.IMPORTED && document.sourceSha256() == null
        && document.textSha256() != null;
  }

  /** An imported document the reader may see; not found when hidden, absent or not correctable. */
  public Imported imported(String id, @Nullable Classification clearance) {
    ArchivedDocument document = correctableDocument(id, clearance);
    String text = new String(files.read(Objects.requireNonNull(document.textSha256())),
        StandardCharsets.UTF_8);
    return new Imported(document, detector.detect(cleaner.clean(text)));
  }

  /**
   * Replaces the metadata of an imported document with a person's values (blank clears a field;
   * every field is given, as on the form). Audited as CORRECTED with the changed fields.
   *
   * @throws CorrectionRejected naming each field whose value is not valid; nothing is saved
   * @throws DocumentNotFound when the document is hidden from the corrector or not correctable
   */
  public ArchivedDocument correct(String id, Map<MetadataField, @Nullable String> values,
      String actor, @Nullable Classification clearance) {
    ArchivedDocument before = correctableDocument(id, clearance);
    Map<MetadataField, CorrectionRejected.Problem> problems = new EnumMap<>(MetadataField.class);
    DetectedMetadata metadata = DetectedMetadata.empty();
    for (MetadataField field : MetadataField.values()) {
      String value = values.get(field);
      if (value != null && MAX_LENGTH.containsKey(field)
          && value.strip().length() > MAX_LENGTH.get(field)) {
        problems.put(field, CorrectionRejected.Problem.TOO_LONG);
        continue;
      }
      try {
        metadata = metadata.corrected(field, value == null || value.isBlank() ? null : value);
      } catch (IllegalArgumentException e) {
        problems.put(field, CorrectionRejected.Problem.INVALID);
      }
    }
    if (!problems.containsKey(MetadataField.ISSUER) && metadata.issuer().value() == null) {
      problems.put(MetadataField.ISSUER, CorrectionRejected.Problem.REQUIRED);
    }
    Classification level = metadata.classification().value();
    if (level != null && (clearance == null || clearance.compareTo(level) < 0)) {
      problems.put(MetadataField.CLASSIFICATION, CorrectionRejected.Problem.ABOVE_CLEARANCE);
    }
    if (!problems.isEmpty()) {
      throw new CorrectionRejected(problems);
    }
    ArchivedDocument after = corrected(before, metadata);
    List<String> changed = changes(before, after);
    if (changed.isEmpty()) {
      return before;
    }
    transactions.executeWithoutResult(status -> {
      documents.updateMetadata(after);
      audit.record(actor, "CORRECTED", after.id(), String.join("; ", changed));
    });
    // Indexing replaces the document's entry, so the index shows the corrected metadata.
    events.publishEvent(new DocumentStored(after.id()));
    return documents.find(after.id()).orElseThrow();
  }

  private ArchivedDocument correctableDocument(String id, @Nullable Classification clearance) {
    ArchivedDocument document = archive.visible(id, clearance);
    if (!correctable(document)) {
      throw new DocumentNotFound(id);
    }
    return document;
  }

  private static ArchivedDocument corrected(ArchivedDocument d, DetectedMetadata m) {
    DocumentKind kind = m.type().value();
    return new ArchivedDocument(d.id(), d.origin(), d.state(), d.parentId(),
        Objects.requireNonNull(m.issuer().value()), d.issuerAbbreviation(),
        kind == null ? null : kind.administrative(), kind == null ? null : kind.displayName(),
        d.number(), d.symbol(), m.number().value(), d.series(), d.registerYear(), m.date().value(),
        m.place().value(), m.title().value(), m.signer().value(), m.classification().value(),
        d.externalId(), d.sourceSha256(), d.pdfSha256(), d.originalSha256(), d.textSha256(),
        d.createdAt(), d.createdBy());
  }

  /** "field: old → new" for each field that changed, for the audit log. */
  private static List<String> changes(ArchivedDocument before, ArchivedDocument after) {
    List<String> changed = new ArrayList<>();
    change(changed, "number", before.numberText(), after.numberText());
    change(changed, "type", before.typeName(), after.typeName());
    change(changed, "date", text(before.issueDate()), text(after.issueDate()));
    change(changed, "place", before.place(), after.place());
    change(changed, "issuer", before.issuer(), after.issuer());
    change(changed, "title", before.title(), after.title());
    change(changed, "signer", before.signer(), after.signer());
    change(changed, "classification", code(before.classification()),
        code(after.classification()));
    return changed;
  }

  private static void change(List<String> changed, String field, @Nullable String before,
      @Nullable String after) {
    if (!Objects.equals(before, after)) {
      changed.add(field + ": " + (before == null ? "–" : before) + " → "
          + (after == null ? "–" : after));
    }
  }

  private static @Nullable String text(@Nullable LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static @Nullable String code(@Nullable Classification classification) {
    return classification == null ? null : classification.code();
  }
}
