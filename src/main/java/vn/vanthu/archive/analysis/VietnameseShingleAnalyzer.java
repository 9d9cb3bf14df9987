package vn.vanthu.archive.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analyzer for the shingle field: folded syllable bigrams ({@code bao hiem}, {@code hiem xa}).
 *
 * <p>Most Vietnamese words have two syllables, so a bigram approximates a word without a word
 * segmenter; matching bigrams ranks documents where the query's syllables stand together above
 * documents where they are scattered. Folded, so queries typed without diacritics profit as well.
 */
public final class VietnameseShingleAnalyzer extends Analyzer {

  /** The separator between the two syllables of a shingle term. */
  public static final String SEPARATOR = ShingleFilter.DEFAULT_TOKEN_SEPARATOR;

  /** Creates the analyzer; it holds no configuration. */
  public VietnameseShingleAnalyzer() {}

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
    ShingleFilter shingles = new ShingleFilter(VietnameseFoldingAnalyzer.fold(source), 2, 2);
    shingles.setOutputUnigrams(false);
    return new TokenStreamComponents(source, shingles);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return VietnameseFoldingAnalyzer.fold(in);
  }

  /** The shingle term for two adjacent folded syllables. */
  public static String shingle(String first, String second) {
    return first + SEPARATOR + second;
  }
}
