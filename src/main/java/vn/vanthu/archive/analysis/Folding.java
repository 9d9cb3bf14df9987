package vn.vanthu.archive.analysis;

import org.apache.lucene.analysis.Analyzer;

/** Folds a string exactly as the folded field does, for keys that are not analysed as text. */
final class Folding {

  // Analyzers are thread-safe (components are reused per thread), so one instance serves all.
  private static final Analyzer FOLDING = new VietnameseFoldingAnalyzer();

  private Folding() {}

  /** The string lower-cased, composed and folded, without splitting it into syllables. */
  static String fold(String text) {
    return FOLDING.normalize("", text).utf8ToString();
  }
}
