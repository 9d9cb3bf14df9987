package vn.vanthu.archive.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import vn.vanthu.archive.ingest.UnreadableDocumentException.Reason;

/**
 * Reads bulk JSON Lines: one document a line, {@code id} and {@code text} required, and optionally
 * the metadata the sender already knows ({@code number}, {@code type}, {@code date},
 * {@code issuer}, {@code title}, {@code signer}, {@code classification}). Other keys are ignored. A
 * bad line is reported with its line number and the reading goes on.
 */
public final class BulkJsonlReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<MetadataField> DECLARABLE = List.of(MetadataField.NUMBER,
      MetadataField.TYPE, MetadataField.DATE, MetadataField.ISSUER, MetadataField.TITLE,
      MetadataField.SIGNER, MetadataField.CLASSIFICATION);

  private final int maxLineChars;

  /** One line of the input: a document or the reason it was refused. */
  public sealed interface Entry permits BulkRecord, BulkFailure {
    /** The 1-based line number. */
    int line();
  }

  /**
   * A document line.
   *
   * @param line the 1-based line number
   * @param id the document's id in the input
   * @param text its full text, NFC
   * @param declared the metadata given with it, as text, by field
   */
  public record BulkRecord(int line, String id, String text, Map<MetadataField, String> declared)
      implements Entry {

    /** Copies the map. */
    public BulkRecord {
      declared = Map.copyOf(declared);
    }
  }

  /** A line that is not a document, with why. */
  public record BulkFailure(int line, String reason) implements Entry {}

  /** A reader accepting lines up to the default character limit of {@link TextExtractor.Limits}. */
  public BulkJsonlReader() {
    this(TextExtractor.Limits.defaults().maxChars());
  }

  /** A reader refusing lines longer than {@code maxLineChars}. */
  public BulkJsonlReader(int maxLineChars) {
    this.maxLineChars = maxLineChars;
  }

  /** Reads {@code file}, handing each line's outcome to {@code sink} in order. */
  public void read(Path file, Consumer<Entry> sink) throws UnreadableDocumentException {
    if (!Files.isRegularFile(file)) {
      throw new UnreadableDocumentException(file.toString(), Reason.NOT_FOUND, "no such file");
    }
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (Reader reader = new BufferedReader(
        new java.io.InputStreamReader(Files.newInputStream(file), decoder))) {
      read(reader, sink);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new UnreadableDocumentException(file.toString(), Reason.DAMAGED,
          "JSON Lines must be UTF-8: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UnreadableDocumentException(file.toString(), Reason.IO_ERROR,
          "cannot read: " + e.getMessage(), e);
    }
  }

  /** Reads JSON Lines from {@code reader}, handing each line's outcome to {@code sink} in order. */
  public void read(Reader reader, Consumer<Entry> sink) throws IOException {
    StringBuilder line = new StringBuilder();
    int number = 0;
    boolean tooLong = false;
    int c;
    do {
      c = reader.read();
      if (c == '\n' || c == -1) {
        if (c == -1 && line.isEmpty() && !tooLong) {
          break;
        }
        number++;
        if (tooLong) {
          sink.accept(new BulkFailure(number, "line longer than " + maxLineChars + " characters"));
        } else if (!line.toString().isBlank()) {
          sink.accept(parse(number, line.toString()));
        }
        line.setLength(0);
        tooLong = false;
      } else if (!tooLong) {
        line.append((char) c);
        // Drop an overlong line as it streams, instead of holding it all in memory.
        if (line.length() > maxLineChars) {
          tooLong = true;
          line.setLength(0);
        }
      }
    } while (c != -1);
  }

  private static Entry parse(int number, String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return new BulkFailure(number, "not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return new BulkFailure(number, "not a JSON object");
    }
    String id = text(node, "id");
    String text = text(node, "text");
    List<String> missing = new ArrayList<>();
    if (id == null || id.isBlank()) {
      missing.add("id");
    }
    if (text == null || text.isBlank()) {
      missing.add("text");
    }
    if (!missing.isEmpty()) {
      return new BulkFailure(number, "missing " + String.join(" and ", missing));
    }
    Map<MetadataField, String> declared = new EnumMap<>(MetadataField.class);
    for (MetadataField field : DECLARABLE) {
      String value = text(node, field.jsonName());
      if (value != null && !value.isBlank()) {
        declared.put(field, value);
      }
    }
    return new BulkRecord(number, id, text, declared);
  }

  private static @Nullable String text(JsonNode node, String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    String text = value.isTextual() ? value.textValue() : value.toString();
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}
