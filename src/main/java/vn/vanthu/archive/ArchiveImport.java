package vn.vanthu.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vanthu.archive.ingest.CleanedText;
import vn.vanthu.archive.ingest.DetectedMetadata;
import vn.vanthu.archive.ingest.DocumentKind;
import vn.vanthu.archive.ingest.ExtractedText;
import vn.vanthu.archive.ingest.MetadataDetector;
import vn.vanthu.archive.ingest.MetadataField;
import vn.vanthu.archive.ingest.TextCleaner;
import vn.vanthu.archive.ingest.TextExtractor;
import vn.vanthu.archive.ingest.UnreadableDocumentException;
import vn.vanthu.archive.store.ContentStore;
import vn.vanthu.document.Classification;

/**
 * Brings earlier documents into the archive: PDF, text or HTML files (text extracted, cleaned,
 * metadata detected) and bulk JSONL lines (metadata declared). The original is kept as it came, the
 * cleaned text beside it; a file already in the archive (same checksum) is reported, not stored
 * twice; one that cannot be read is reported with the reason.
 */
@Service
public class ArchiveImport {

  private final TextExtractor extractor = new TextExtractor();
  private final TextCleaner cleaner = new TextCleaner();
  private final MetadataDetector detector;
  private final ObjectMapper json = new ObjectMapper();
  private final DocumentRepository documents;
  private final ContentStore files;
  private final AuditLog audit;
  private final TransactionTemplate transactions;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final DocumentIssuing issuing;

  ArchiveImport(DocumentRepository documents, ContentStore files, AuditLog audit,
      TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock,
      DocumentIssuing issuing) {
    this.issuing = issuing;
    this.documents = documents;
    this.files = files;
    this.audit = audit;
    this.transactions = transactions;
    this.events = events;
    this.clock = clock;
    this.detector = new MetadataDetector(clock);
  }

  /** The metadata detected in a file, without storing anything. */
  public DetectedMetadata detect(byte[] content, String name) throws UnreadableDocumentException {
    return detector.detect(cleaner.clean(extractor.extract(content, name)));
  }

  /**
   * Imports one uploaded file by its name: a JSONL file line by line, a Vanthu JSON document that
   * carries its number as it is, anything else as a PDF, text or HTML file.
   */
  public List<ImportResult> importUpload(byte[] content, String name, String actor) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".jsonl")) {
      List<ImportResult> results = new java.util.ArrayList<>();
      String[] lines = new String(content, StandardCharsets.UTF_8).split("\\R");
      for (int i = 0; i < lines.length; i++) {
        if (!lines[i].isBlank()) {
          results.add(importJsonLine(lines[i], name + ":" + (i + 1), actor));
        }
      }
      return results;
    }
    if (lower.endsWith(".json")) {
      return List.of(importStructured(content, name, actor));
    }
    return List.of(importFile(content, name, actor));
  }

  /** A Vanthu document JSON that already carries its number: archived as it is, not renumbered. */
  private ImportResult importStructured(byte[] content, String name, String actor) {
    List<ArchivedDocument> existing = documents.findBySource(ContentStore.sha256(content));
    if (!existing.isEmpty()) {
      return new ImportResult(name, ImportResult.Status.DUPLICATE,
          "already in the archive as " + describe(existing.get(0)), existing.get(0).id(), Map.of());
    }
    try {
      ArchivedDocument stored = issuing.archiveNumbered(content, actor);
      return new ImportResult(name, ImportResult.Status.IMPORTED, null, stored.id(), Map.of());
    } catch (vn.vanthu.document.InvalidDocumentException e) {
      return new ImportResult(name, ImportResult.Status.UNREADABLE,
          "not a numbered Vanthu document: " + e.getMessage(), null, Map.of());
    }
  }

  /** Imports one file: PDF, plain text or HTML. */
  public ImportResult importFile(byte[] content, String name, String actor) {
    String originalHash = ContentStore.sha256(content);
    List<ArchivedDocument> existing = documents.findByOriginal(originalHash);
    if (!existing.isEmpty()) {
      return new ImportResult(name, ImportResult.Status.DUPLICATE,
          "already in the archive as " + describe(existing.get(0)), existing.get(0).id(), Map.of());
    }
    try {
      ExtractedText extracted = extractor.extract(content, name);
      CleanedText cleaned = cleaner.clean(extracted);
      DetectedMetadata metadata = detector.detect(cleaned);
      String mediaType = switch (extracted.format()) {
        case PDF -> "application/pdf";
        case HTML -> "text/html";
        default -> "text/plain";
      };
      ArchivedDocument stored = store(content, mediaType, cleaned.text(), metadata, null, actor);
      return new ImportResult(name, ImportResult.Status.IMPORTED, null, stored.id(),
          metadata.toJsonMap());
    } catch (UnreadableDocumentException e) {
      return new ImportResult(name, ImportResult.Status.UNREADABLE, e.getMessage(), null, Map.of());
    }
  }

  /**
   * Imports one JSONL line: {@code id}, {@code text} and optional {@code number}, {@code type},
   * {@code date}, {@code issuer}, {@code title}, {@code signer}, {@code classification}. Declared
   * fields win over detected ones; the document keeps the id it came with.
   */
  public ImportResult importJsonLine(String line, String source, String actor) {
    JsonNode node;
    try {
      node = json.readTree(line);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return new ImportResult(source, ImportResult.Status.UNREADABLE,
          "not a JSON object: " + e.getOriginalMessage(), null, Map.of());
    }
    if (node == null || !node.isObject() || !node.path("id").isValueNode()
        || !node.path("text").isTextual() || node.path("text").asText().isBlank()) {
      return new ImportResult(source, ImportResult.Status.UNREADABLE,
          "a line needs a string \"text\" and an \"id\"", null, Map.of());
    }
    String id = node.get("id").asText();
    var existing = documents.findByExternalId(id);
    if (existing.isPresent()) {
      return new ImportResult(source, ImportResult.Status.DUPLICATE,
          "the id " + id + " is already in the archive", existing.get().id(), Map.of());
    }
    CleanedText cleaned = cleaner.clean(node.get("text").asText());
    DetectedMetadata metadata = detector.detect(cleaned);
    for (MetadataField field : MetadataField.values()) {
      JsonNode declared = node.get(field.jsonName());
      if (declared != null && declared.isValueNode() && !declared.asText().isBlank()) {
        try {
          metadata = metadata.declared(field, declared.asText());
        } catch (IllegalArgumentException e) {
          return new ImportResult(source, ImportResult.Status.UNREADABLE,
              field.jsonName() + ": " + e.getMessage(), null, Map.of());
        }
      }
    }
    ArchivedDocument stored = store(line.getBytes(StandardCharsets.UTF_8), "application/json",
        cleaned.text(), metadata, id, actor);
    return new ImportResult(source, ImportResult.Status.IMPORTED, null, id, metadata.toJsonMap());
  }

  private ArchivedDocument store(byte[] original, String mediaType, String text,
      DetectedMetadata metadata, @Nullable String externalId, String actor) {
    String id = UUID.randomUUID().toString();
    transactions.executeWithoutResult(status -> {
      Timestamp now = Timestamp.from(clock.instant());
      String originalHash = files.put(original);
      documents.insertFile(originalHash, original.length, mediaType, now);
      byte[] textBytes = text.getBytes(StandardCharsets.UTF_8);
      String textHash = files.put(textBytes);
      documents.insertFile(textHash, textBytes.length, "text/plain; charset=UTF-8", now);
      DocumentKind kind = metadata.type().value();
      LocalDate date = metadata.date().value();
      Classification classification = metadata.classification().value();
      String issuer = metadata.issuer().value();
      documents.insert(new ArchivedDocument(id, DocumentOrigin.IMPORTED, DocumentState.STORED,
          null, issuer == null ? "(không rõ)" : issuer, null,
          kind == null ? null : kind.administrative(), kind == null ? null : kind.displayName(),
          null, null, metadata.number().value(), null, null, date, metadata.place().value(),
          metadata.title().value(), metadata.signer().value(), classification, externalId, null,
          null, originalHash, textHash, clock.instant(), actor));
      audit.record(actor, "IMPORTED", id, metadata.number().value());
    });
    events.publishEvent(new DocumentStored(id));
    return documents.find(id).orElseThrow();
  }

  private static String describe(ArchivedDocument document) {
    return (document.numberText() != null ? document.numberText() + " " : "") + document.id();
  }
}
