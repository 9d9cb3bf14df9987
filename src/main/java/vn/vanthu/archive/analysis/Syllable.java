package vn.vanthu.archive.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A query syllable as the exact field indexes it and as the folded field does.
 *
 * @param exact the term of {@link VietnameseAnalyzer}
 * @param folded the same term folded by {@link VietnameseFoldingAnalyzer}
 */
record Syllable(String exact, String folded) {

  // Analyzers are thread-safe (components are reused per thread), so one instance serves all.
  private static final Analyzer EXACT = new VietnameseAnalyzer();

  /** The syllables of {@code text}, at most {@code limit} of them. */
  static List<Syllable> of(String text, int limit) {
    List<Syllable> syllables = new ArrayList<>();
    try (TokenStream stream = EXACT.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (syllables.size() < limit) {
          String exact = term.toString();
          syllables.add(new Syllable(exact, Folding.fold(exact)));
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    return syllables;
  }

  /** Whether any syllable carries a diacritic (or đ): the user typed Vietnamese with accents. */
  static boolean isAccented(List<Syllable> syllables) {
    return syllables.stream().anyMatch(s -> !s.exact().equals(s.folded()));
  }

  static List<String> exact(List<Syllable> syllables) {
    return syllables.stream().map(Syllable::exact).toList();
  }

  static List<String> folded(List<Syllable> syllables) {
    return syllables.stream().map(Syllable::folded).toList();
  }
}
