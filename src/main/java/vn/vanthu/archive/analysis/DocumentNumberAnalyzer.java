package vn.vanthu.archive.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * Analyzer for the number field: {@code 813/QĐ-BHXH}, {@code 813/QD-BHXH}, {@code 813/QÐ-BHXH}
 * and {@code 813 qd bhxh} all become {@code 813 qd bhxh}.
 *
 * <p>Separators are dropped because people type a space, a slash or a dash interchangeably; the
 * parts keep their positions, so a phrase query still demands their order. Parts are folded like
 * the folded field because symbols are typed without diacritics as often as with them.
 */
public final class DocumentNumberAnalyzer extends Analyzer {

  /** Creates the analyzer; it holds no configuration. */
  public DocumentNumberAnalyzer() {}

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
    // Combining marks are part of a letter in decomposed input, not separators.
    Tokenizer source = CharTokenizer.fromTokenCharPredicate(
        c -> Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK);
    return new TokenStreamComponents(source, VietnameseFoldingAnalyzer.fold(source));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return VietnameseFoldingAnalyzer.fold(in);
  }
}
