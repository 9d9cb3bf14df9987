package vn.vanthu.archive.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document read by ingest: its cleaned text and its metadata, ready for the store and the index.
 *
 * @param source the file name, or {@code file#line:id} for a line of bulk JSONL
 * @param format the format it was read from
 * @param pages the number of pages (1 for formats without pages)
 * @param cleaned the cleaned text and the noise removed from it
 * @param metadata detected metadata, with any declared values applied
 * @param warnings what ingest guessed or ignored, e.g. a fallback charset or a bad declared date
 */
public record IngestedDocument(String source, SourceFormat format, int pages, CleanedText cleaned,
    DetectedMetadata metadata, List<String> warnings) {

  /** Copies the list. */
  public IngestedDocument {
    warnings = List.copyOf(warnings);
  }

  /** The cleaned text. */
  public String text() {
    return cleaned.text();
  }

  /**
   * The JSON object {@code extract --json} prints for a file: {@code file}, then the fields and
   * confidences of {@link DetectedMetadata#toJsonMap()}.
   */
  public Map<String, Object> toJsonMap() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("file", source);
    json.putAll(metadata.toJsonMap());
    return json;
  }
}
