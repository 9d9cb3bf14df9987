package vn.vanthu.leaflet;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.vanthu.document.InvalidDocumentException;
import vn.vanthu.document.JsonFields;
import vn.vanthu.document.Violation;

/**
 * Reads the JSON of a leaflet into a {@link Leaflet}, or throws {@link InvalidDocumentException}
 * naming every bad field: a text missing one of its languages, a picture that cannot be found or
 * decoded, a wrong number of panels. Thread-safe.
 */
public final class LeafletReader {

  /** The largest JSON accepted, in bytes; pictures come separately. */
  public static final int MAX_INPUT_BYTES = 4 * 1024 * 1024;

  private static final Set<String> ROOT_FIELDS = Set.of("$schema", "layout", "languages", "title",
      "subtitle", "publisher", "panels", "pages", "glossary");

  private final ObjectMapper mapper;

  public LeafletReader() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxStringLength(MAX_INPUT_BYTES).maxNestingDepth(32).build())
        .build();
    this.mapper = new ObjectMapper(factory)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /** Reads a leaflet from UTF-8 JSON bytes, taking its pictures from {@code images}. */
  public Leaflet read(byte[] json, ImageSource images) {
    if (json.length > MAX_INPUT_BYTES) {
      throw invalid("the input is larger than " + MAX_INPUT_BYTES / (1024 * 1024) + " MB");
    }
    JsonNode root;
    try {
      root = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      var location = e.getLocation();
      String where = location == null ? ""
          : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
      throw invalid("is not well-formed JSON" + where + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw invalid("could not be read: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw invalid("must be a JSON object");
    }
    List<Violation> violations = new ArrayList<>();
    Leaflet leaflet = read(new JsonFields(root, "$", violations), images);
    if (!violations.isEmpty() || leaflet == null) {
      throw new InvalidDocumentException(violations);
    }
    return leaflet;
  }

  private @Nullable Leaflet read(JsonFields root, ImageSource images) {
    root.rejectUnknown(ROOT_FIELDS);
    Layout layout = code(root, "layout", Arrays.stream(Layout.values()).map(Layout::code).toList(),
        c -> Layout.fromCode(c).orElse(null));
    Arrangement languages = code(root, "languages",
        Arrays.stream(Arrangement.values()).map(Arrangement::code).toList(),
        c -> Arrangement.fromCode(c).orElse(null));
    Bilingual title = BilingualFields.bilingual(root, "title", "the title", true, false);
    Bilingual subtitle = BilingualFields.bilingual(root, "subtitle", "the subtitle", false, false);
    Bilingual publisher = BilingualFields.bilingual(
        root, "publisher", "the publisher", true, false);
    List<Panel> panels = panels(root, layout, images);
    List<GlossaryTerm> glossary = glossary(root);
    if (!root.violations().isEmpty() || layout == null || languages == null || title == null
        || publisher == null) {
      return null;
    }
    return new Leaflet(layout, languages, title, subtitle, publisher, panels, glossary);
  }

  private static List<Panel> panels(JsonFields root, @Nullable Layout layout, ImageSource images) {
    String field = layout == null ? (root.has("pages") ? "pages" : "panels") : layout.unit() + "s";
    String other = field.equals("pages") ? "panels" : "pages";
    if (layout != null && root.has(other)) {
      root.reject(other, layout.code() + " has " + field + ", not " + other);
    }
    List<JsonFields> items = root.objects(field, true, Layout.BOOKLET_MAX_PAGES);
    if (layout != null && root.has(field) && !layout.accepts(items.size())) {
      root.reject(field, layout.code() + " takes " + layout.countRule() + ", not " + items.size());
    }
    BlockReader blocks = new BlockReader(images);
    List<Panel> panels = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      JsonFields panel = items.get(i);
      panel.rejectUnknown(Set.of("blocks"));
      String name = layout == null || !layout.accepts(items.size())
          ? field.substring(0, field.length() - 1) + " " + (i + 1)
          : layout.panelName(i + 1, items.size());
      panels.add(new Panel(blocks.read(panel, name)));
    }
    return panels;
  }

  private static List<GlossaryTerm> glossary(JsonFields root) {
    List<GlossaryTerm> terms = new ArrayList<>();
    for (JsonFields entry : root.objects("glossary", false, 500)) {
      entry.rejectUnknown(Set.of("vi", "en", "accepted", "avoided"));
      String vi = BilingualFields.text(entry, "vi", true);
      String en = BilingualFields.text(entry, "en", true);
      List<String> accepted = entry.textList("accepted", 500, BilingualFields.MAX_TEXT);
      List<String> avoided = entry.textList("avoided", 500, BilingualFields.MAX_TEXT);
      if (vi != null && en != null) {
        terms.add(new GlossaryTerm(vi, en, accepted, avoided));
      }
    }
    return terms;
  }

  private static <T> @Nullable T code(JsonFields root, String field, List<String> codes,
      java.util.function.Function<String, @Nullable T> lookup) {
    String code = BilingualFields.text(root, field, true);
    if (code == null) {
      return null;
    }
    T value = lookup.apply(code);
    if (value == null) {
      root.reject(field, "is not a known value '" + code + "'; expected one of "
          + codes.stream().collect(Collectors.joining(", ")));
    }
    return value;
  }

  private static InvalidDocumentException invalid(String reason) {
    return new InvalidDocumentException(List.of(new Violation("$", reason)));
  }
}
