package vn.vanthu.archive.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** Each term is composed to NFC; precomposed terms pass unchanged. */
public class TestNfcNormalizationFilter extends BaseTokenStreamTestCase {

  private static Analyzer analyzer(boolean keyword) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = keyword ? new KeywordTokenizer() : new WhitespaceTokenizer();
        return new TokenStreamComponents(source, new NfcNormalizationFilter(source));
      }
    };
  }

  /** Decomposed Vietnamese becomes precomposed; case is not this filter's job. */
  public void testComposes() throws IOException {
    try (Analyzer a = analyzer(false)) {
      checkOneTerm(a, "Vie\u0323\u0302t", "Việt");
      checkOneTerm(a, "Vie\u0302\u0323t", "Việt"); // marks in the other order
      checkOneTerm(a, "Việt", "Việt");
      checkOneTerm(a, "A\u0300", "À");
      assertAnalyzesTo(a, "Ha\u0300 No\u0302\u0323i", new String[] {"Hà", "Nội"}, new int[] {0, 4},
          new int[] {3, 9});
    }
  }

  /** An empty term stays empty. */
  public void testEmptyTerm() throws IOException {
    try (Analyzer a = analyzer(true)) {
      checkOneTerm(a, "", "");
    }
  }

  /** Offsets, positions and reuse stay consistent on random text. */
  public void testRandomStrings() throws IOException {
    try (Analyzer a = analyzer(false)) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
  }
}
