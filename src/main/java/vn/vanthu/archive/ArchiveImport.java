package vn.vanthu.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  public List<ImportResult> importUpload(byte[] content, String name, String actor,
      @Nullable Classification clearance) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".jsonl")) {
      List<JsonLine> lines = new ArrayList<>();
      String[] texts = new String(content, StandardCharsets.UTF_8).split("\\R");
      for (int i = 0; i < texts.length; i++) {
        if (!texts[i].isBlank()) {
          lines.add(new JsonLine(texts[i], name + ":" + (i + 1)));
        }
      }
      List<ImportResult> results = new ArrayList<>();
      for (int from = 0; from < lines.size(); from += 500) {
        results.addAll(importJsonLines(lines.subList(from, Math.min(lines.size(), from + 500)),
            actor, clearance));
      }
      return results;
    }
    if (lower.endsWith(".json")) {
      return List.of(importStructured(content, name, actor));
    }
    return List.of(importFile(content, name, actor, clearance));
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

  /** Imports one file: PDF, plain text or HTML, as a trusted tool that may see everything. */
  public ImportResult importFile(byte[] content, String name, String actor) {
    return importFile(content, name, actor, Classification.TUYET_MAT);
  }

  /**
   * Imports one file: PDF, plain text or HTML. A duplicate of a document above the actor's
   * clearance is reported without its id or number.
   */
  public ImportResult importFile(byte[] content, String name, String actor,
      @Nullable Classification clearance) {
    String originalHash = ContentStore.sha256(content);
    List<ArchivedDocument> existing = documents.findByOriginal(originalHash);
    if (!existing.isEmpty()) {
      ArchivedDocument first = existing.get(0);
      return permits(first, clearance)
          ? new ImportResult(name, ImportResult.Status.DUPLICATE,
              "already in the archive as " + describe(first), first.id(), Map.of())
          : new ImportResult(name, ImportResult.Status.DUPLICATE, "already in the archive", null,
              Map.of());
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
    return importJsonLine(line, source, actor, Classification.TUYET_MAT);
  }

  /** The same for an actor cleared up to a level: a taken id above it names no document. */
  public ImportResult importJsonLine(String line, String source, String actor,
      @Nullable Classification clearance) {
    return importJsonLines(List.of(new JsonLine(line, source)), actor, clearance).get(0);
  }

  /** One line of a JSONL file, and where it came from ({@code file:line}). */
  public record JsonLine(String text, String source) {}

  /**
   * Imports JSONL lines together, each as {@link #importJsonLine} would: the batch's files are
   * flushed side by side and its documents stored in one transaction, which makes a bulk import
   * many times faster than line by line. The results come in the order of the lines; if storing
   * fails, nothing of the batch is stored.
   */
  public List<ImportResult> importJsonLines(List<JsonLine> lines, String actor) {
    return importJsonLines(lines, actor, Classification.TUYET_MAT);
  }

  /** The same for an actor cleared up to a level: a taken id above it names no document. */
  public List<ImportResult> importJsonLines(List<JsonLine> lines, String actor,
      @Nullable Classification clearance) {
    ImportResult[] results = new ImportResult[lines.size()];
    Map<Integer, Prepared> ready = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      try {
        ready.put(i, prepare(lines.get(i).text()));
      } catch (LineRefused e) {
        results[i] = new ImportResult(lines.get(i).source(), ImportResult.Status.UNREADABLE,
            e.getMessage(), null, Map.of());
      }
    }
    Set<String> ids = new HashSet<>();
    ready.values().forEach(p -> ids.add(p.externalId()));
    Map<String, ArchivedDocument> existing = documents.byExternalId(ids);
    Set<String> seen = new HashSet<>();
    for (var line = ready.entrySet().iterator(); line.hasNext(); ) {
      var entry = line.next();
      String id = entry.getValue().externalId();
      if (existing.containsKey(id) || !seen.add(id)) {
        results[entry.getKey()] = new ImportResult(lines.get(entry.getKey()).source(),
            ImportResult.Status.DUPLICATE, "the id " + id + " is already in the archive",
            existing.containsKey(id) && permits(existing.get(id), clearance)
                ? existing.get(id).id() : null, Map.of());
        line.remove();
      }
    }
    List<byte[]> contents = new ArrayList<>();
    ready.values().forEach(p -> {
      contents.add(p.original());
      contents.add(p.text().getBytes(StandardCharsets.UTF_8));
    });
    List<String> hashes = files.putAll(contents);
    List<String> stored = new ArrayList<>();
    transactions.executeWithoutResult(status -> {
      for (Prepared p : ready.values()) {
        int original = 2 * stored.size();
        int text = original + 1;
        stored.add(insert(contents.get(original).length, "application/json", hashes.get(original),
            contents.get(text).length, hashes.get(text), p.metadata(), p.externalId(), actor));
      }
    });
    int next = 0;
    for (var entry : ready.entrySet()) {
      results[entry.getKey()] = new ImportResult(lines.get(entry.getKey()).source(),
          ImportResult.Status.IMPORTED, null, entry.getValue().externalId(),
          entry.getValue().metadata().toJsonMap());
      events.publishEvent(new DocumentStored(stored.get(next++)));
    }
    return List.of(results);
  }

  /** A JSONL line read, cleaned and its metadata detected, ready to be stored. */
  private record Prepared(String externalId, byte[] original, String text,
      DetectedMetadata metadata) {}

  /** A JSONL line that cannot be imported; the message says why. */
  private static final class LineRefused extends Exception {
    LineRefused(String reason) {
      super(reason, null, false, false);
    }
  }

  private Prepared prepare(String line) throws LineRefused {
    JsonNode node;
    try {
      node = json.readTree(line);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new LineRefused("not a JSON object: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject() || !node.path("id").isValueNode()
        || !node.path("text").isTextual() || node.path("text").asText().isBlank()) {
      throw new LineRefused("a line needs a string \"text\" and an \"id\"");
    }
    CleanedText cleaned = cleaner.clean(node.get("text").asText());
    DetectedMetadata metadata = detector.detect(cleaned);
    for (MetadataField field : MetadataField.values()) {
      JsonNode declared = node.get(field.jsonName());
      if (declared != null && declared.isValueNode() && !declared.asText().isBlank()) {
        try {
          metadata = metadata.declared(field, declared.asText());
        } catch (IllegalArgumentException e) {
          throw new LineRefused(field.jsonName() + ": " + e.getMessage());
        }
      }
    }
    return new Prepared(node.get("id").asText(), line.getBytes(StandardCharsets.UTF_8),
        cleaned.text(), metadata);
  }

  private ArchivedDocument store(byte[] original, String mediaType, String text,
      DetectedMetadata metadata, @Nullable String externalId, String actor) {
    byte[] textBytes = text.getBytes(StandardCharsets.UTF_8);
    String[] id = new String[1];
    transactions.executeWithoutResult(status -> id[0] = insert(original.length, mediaType,
        files.put(original), textBytes.length, files.put(textBytes), metadata, externalId, actor));
    events.publishEvent(new DocumentStored(id[0]));
    return documents.find(id[0]).orElseThrow();
  }

  /** Records a document whose original and text are stored; returns its id. In a transaction. */
  private String insert(long originalSize, String mediaType, String originalHash, long textSize,
      String textHash, DetectedMetadata metadata, @Nullable String externalId, String actor) {
    String id = UUID.randomUUID().toString();
    Timestamp now = Timestamp.from(clock.instant());
    documents.insertFile(originalHash, originalSize, mediaType, now);
    documents.insertFile(textHash, textSize, "text/plain; charset=UTF-8", now);
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
    return id;
  }

  private static boolean permits(ArchivedDocument document, @Nullable Classification clearance) {
    Classification level = document.classification();
    return level == null || (clearance != null && clearance.compareTo(level) >= 0);
  }

  private static String describe(ArchivedDocument document) {
    return (document.numberText() != null ? document.numberText() + " " : "") + document.id();
  }
}
