package vn.vanthu.archive.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analyzer for the exact field: one lower-case NFC term per syllable, diacritics kept.
 *
 * <p>Vietnamese writes words as space-separated syllables, so the UAX#29 word breaks of {@link
 * StandardTokenizer} are syllable breaks; it also keeps digit runs ({@code 813}, {@code 2020}) and
 * splits {@code 813/QĐ-BHXH} into its parts. {@link LowerCaseFilter} lower-cases with {@link
 * Character#toLowerCase(int)}, which is locale-independent ({@code Locale.ROOT} semantics); that
 * is right here because Vietnamese has no locale-specific case rules, unlike Turkish.
 */
public final class VietnameseAnalyzer extends Analyzer {

  /** Creates the analyzer; it holds no configuration. */
  public VietnameseAnalyzer() {}

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return Lookalikes.wrap(reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return Lookalikes.wrap(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    return new TokenStreamComponents(source, normalize(fieldName, source));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    // Lower-case first: the tone filter reads lower-case letters, and NFC after lower-casing is
    // still NFC for Vietnamese.
    TokenStream result = new LowerCaseFilter(in);
    result = new NfcNormalizationFilter(result);
    return new VietnameseToneMarkFilter(result);
  }
}
