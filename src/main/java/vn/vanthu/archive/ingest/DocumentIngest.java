package vn.vanthu.archive.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Ingest in one call: read a file (PDF, HTML, text) or a bulk JSONL file, clean the text and detect
 * its metadata. Thread-safe: every part keeps no state between documents.
 */
public final class DocumentIngest {

  private final TextExtractor extractor;
  private final TextCleaner cleaner;
  private final MetadataDetector detector;
  private final BulkJsonlReader bulkReader;

  /**
   * The outcome of one line of bulk JSONL: a document, or why the line was refused.
   *
   * @param line the 1-based line number
   * @param document the document; null when refused
   * @param failure why the line was refused; null for a document
   */
  public record BulkOutcome(
      int line, @Nullable IngestedDocument document, @Nullable String failure) {}

  /** Ingest with the default limits. */
  public DocumentIngest() {
    this(new TextExtractor(), new MetadataDetector());
  }

  /** Ingest with the given extractor (and its limits) and detector. */
  public DocumentIngest(TextExtractor extractor, MetadataDetector detector) {
    this.extractor = extractor;
    this.cleaner = new TextCleaner();
    this.detector = detector;
    this.bulkReader = new BulkJsonlReader();
  }

  /** Whether {@code file} is bulk JSON Lines by its name ({@code .jsonl}, {@code .ndjson}). */
  public static boolean isBulk(Path file) {
    Path name = file.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    return lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
  }

  /** Reads one PDF, HTML or text file; bulk JSON Lines go to {@link #ingestBulk}. */
  public IngestedDocument ingest(Path file) throws UnreadableDocumentException {
    if (isBulk(file)) {
      throw new UnreadableDocumentException(file.toString(),
          UnreadableDocumentException.Reason.UNSUPPORTED_FORMAT,
          "JSON Lines hold many documents: read them with ingestBulk");
    }
    return fromExtracted(extractor.extract(file));
  }

  /** Reads one PDF, HTML or text document given as bytes, {@code name} naming it. */
  public IngestedDocument ingest(byte[] content, String name) throws UnreadableDocumentException {
    return fromExtracted(extractor.extract(content, name));
  }

  /** Cleans and reads text already in hand. */
  public IngestedDocument ingestText(String text, String source) {
    CleanedText cleaned = cleaner.clean(text);
    return new IngestedDocument(source, SourceFormat.TEXT, 1, cleaned, detector.detect(cleaned),
        List.of());
  }

  /**
   * Reads a bulk JSONL file line by line. Metadata given on a line overrides what is detected
   * (origin DECLARED); a declared value that is not valid (a bad date, an unknown type) is ignored
   * with a warning and the detected value kept.
   *
   * @throws UnreadableDocumentException when the file itself cannot be read; bad lines are outcomes
   */
  public void ingestBulk(Path jsonl, Consumer<BulkOutcome> sink)
      throws UnreadableDocumentException {
    bulkReader.read(jsonl, entry -> {
      switch (entry) {
        case BulkJsonlReader.BulkFailure failure ->
            sink.accept(new BulkOutcome(failure.line(), null, failure.reason()));
        case BulkJsonlReader.BulkRecord record -> sink.accept(
            new BulkOutcome(record.line(), fromRecord(jsonl, record), null));
      }
    });
  }

  private IngestedDocument fromRecord(Path jsonl, BulkJsonlReader.BulkRecord record) {
    CleanedText cleaned = cleaner.clean(record.text());
    DetectedMetadata metadata = detector.detect(cleaned);
    List<String> warnings = new ArrayList<>();
    for (Map.Entry<MetadataField, String> declared : record.declared().entrySet()) {
      try {
        metadata = metadata.declared(declared.getKey(), declared.getValue());
      } catch (IllegalArgumentException e) {
        warnings.add("declared " + declared.getKey().jsonName() + " ignored: " + e.getMessage());
      }
    }
    return new IngestedDocument(jsonl.getFileName() + "#" + record.line() + ":" + record.id(),
        SourceFormat.JSONL, 1, cleaned, metadata, warnings);
  }

  private IngestedDocument fromExtracted(ExtractedText extracted) {
    CleanedText cleaned = cleaner.clean(extracted);
    return new IngestedDocument(extracted.source(), extracted.format(), extracted.pages().size(),
        cleaned, detector.detect(cleaned), extracted.warnings());
  }
}
