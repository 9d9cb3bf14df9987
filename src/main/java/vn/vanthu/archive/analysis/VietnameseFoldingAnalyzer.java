package vn.vanthu.archive.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analyzer for the folded field: syllables as in {@link VietnameseAnalyzer}, with every diacritic
 * removed and đ folded to d, so that {@code bao hiem xa hoi} meets {@code bảo hiểm xã hội}.
 */
public final class VietnameseFoldingAnalyzer extends Analyzer {

  /** Creates the analyzer; it holds no configuration. */
  public VietnameseFoldingAnalyzer() {}

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
    return new TokenStreamComponents(source, fold(source));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return fold(in);
  }

  /** Lower-case, NFC, then fold; shared with the shingle analyzer so both fold identically. */
  static TokenStream fold(TokenStream in) {
    // ASCIIFoldingFilter maps precomposed letters only (ả → a, đ → d) and leaves a combining mark
    // in place, so decomposed input must be composed first.
    TokenStream result = new LowerCaseFilter(in);
    result = new NfcNormalizationFilter(result);
    return new ASCIIFoldingFilter(result);
  }
}
