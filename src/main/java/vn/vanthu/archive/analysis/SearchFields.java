package vn.vanthu.archive.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;

/**
 * The three index fields that one piece of text is written to: exact syllables, folded syllables
 * and folded syllable bigrams.
 *
 * @param exact field analysed by {@link VietnameseAnalyzer}
 * @param folded field analysed by {@link VietnameseFoldingAnalyzer}
 * @param shingles field analysed by {@link VietnameseShingleAnalyzer}
 */
public record SearchFields(String exact, String folded, String shingles) {

  /**
   * Changes whenever any analyzer here produces different terms; an index written with another
   * version must be rebuilt, so the index keeps it in its schema sentinel.
   */
  public static final int ANALYSIS_VERSION = 1;

  /** Validates that the three names are distinct and not blank. */
  public SearchFields {
    if (exact.isBlank() || folded.isBlank() || shingles.isBlank()) {
      throw new IllegalArgumentException("field names must not be blank");
    }
    if (Set.of(exact, folded, shingles).size() != 3) {
      throw new IllegalArgumentException("field names must differ: " + exact + ", " + folded);
    }
  }

  /** {@code name}, {@code name_folded} and {@code name_shingles}. */
  public static SearchFields of(String name) {
    return new SearchFields(name, name + "_folded", name + "_shingles");
  }

  /** The analyzer of each of the three fields. */
  public Map<String, Analyzer> analyzers() {
    return Map.of(
        exact, new VietnameseAnalyzer(),
        folded, new VietnameseFoldingAnalyzer(),
        shingles, new VietnameseShingleAnalyzer());
  }

  /** The same text for each of the three fields, indexed and not stored. */
  public List<Field> fields(String text) {
    return List.of(
        new TextField(exact, text, Field.Store.NO),
        new TextField(folded, text, Field.Store.NO),
        new TextField(shingles, text, Field.Store.NO));
  }

  /**
   * The index-time analyzer for an {@code IndexWriterConfig}: each text field's own analyzer, the
   * number field's, and {@link VietnameseAnalyzer} for any other field.
   */
  public static Analyzer indexAnalyzer(String numberField, SearchFields... text) {
    Map<String, Analyzer> perField = new HashMap<>();
    for (SearchFields fields : text) {
      perField.putAll(fields.analyzers());
    }
    perField.put(numberField, new DocumentNumberAnalyzer());
    return new PerFieldAnalyzerWrapper(new VietnameseAnalyzer(), perField);
  }
}
