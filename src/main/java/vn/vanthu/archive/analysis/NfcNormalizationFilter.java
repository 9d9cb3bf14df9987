package vn.vanthu.archive.analysis;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Composes each term to Unicode NFC.
 *
 * <p>Vietnamese arrives both precomposed and decomposed (base letter plus combining marks, as some
 * PDF extractors and macOS file names produce it); the two must meet in the same term. Normalising
 * terms rather than the input keeps offsets pointing into the original text.
 */
public final class NfcNormalizationFilter extends TokenFilter {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

  /** Wraps {@code input}. */
  public NfcNormalizationFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!Normalizer.isNormalized(termAtt, Normalizer.Form.NFC)) {
      String composed = Normalizer.normalize(termAtt, Normalizer.Form.NFC);
      termAtt.setEmpty().append(composed);
    }
    return true;
  }
}
