package vn.vanthu.archive.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Moves the tone mark of each lower-case NFC syllable to one canonical vowel.
 *
 * <p>{@code hoà} and {@code hòa}, {@code thuỷ} and {@code thủy} are the same word written by two
 * conventions, both common in official text; this filter makes them the same term.
 */
public final class VietnameseToneMarkFilter extends TokenFilter {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

  /** Wraps {@code input}, which must already be lower-cased. */
  public VietnameseToneMarkFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (isAscii()) {
      return true; // no tone mark to move, and most terms are ASCII in folded or numeric text
    }
    String term = termAtt.toString();
    String canonical = ToneMarks.canonical(term);
    if (!canonical.equals(term)) {
      termAtt.setEmpty().append(canonical);
    }
    return true;
  }

  private boolean isAscii() {
    char[] buffer = termAtt.buffer();
    for (int i = 0; i < termAtt.length(); i++) {
      if (buffer[i] >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
