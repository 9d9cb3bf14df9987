package vn.vanthu.archive.analysis;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;

/**
 * The weights, matching rule and BM25 parameters of a {@link VietnameseQueryBuilder}; {@link
 * #DEFAULTS} are the values measured in docs/search-quality.md.
 *
 * @param exactBoost weight of a syllable matching with its diacritics, on top of its folded match;
 *     0 leaves the exact field out
 * @param foldedBoost weight of a syllable matching without diacritics
 * @param shingleBoost weight of two adjacent query syllables standing together in the document; 0
 *     leaves the shingle field out
 * @param numberBoost weight of a document number in the query matching the number field
 * @param allSyllablesUpTo queries of at most this many syllables must match all of them
 * @param minimumShouldMatch for longer queries, the fraction of syllables that must match
 * @param k1 BM25 term-frequency saturation for {@link #similarity()}
 * @param b BM25 length normalisation for {@link #similarity()}
 */
public record QueryTuning(
    float exactBoost,
    float foldedBoost,
    float shingleBoost,
    float numberBoost,
    int allSyllablesUpTo,
    float minimumShouldMatch,
    float k1,
    float b) {

  /** The measured defaults. */
  public static final QueryTuning DEFAULTS = new QueryTuning(0.5f, 1f, 2f, 20f, 4, 0f, 0.5f, 0.75f);

  /** Validates the ranges. */
  public QueryTuning {
    if (exactBoost < 0 || foldedBoost <= 0 || shingleBoost < 0 || numberBoost <= 0) {
      throw new IllegalArgumentException("boosts must be >= 0, folded and number > 0");
    }
    if (allSyllablesUpTo < 0 || minimumShouldMatch < 0 || minimumShouldMatch > 1) {
      throw new IllegalArgumentException("minimum-should-match out of range");
    }
    if (k1 < 0 || b < 0 || b > 1) {
      throw new IllegalArgumentException("BM25 needs k1 >= 0 and 0 <= b <= 1");
    }
  }

  /** How many of {@code syllables} query syllables a document must contain. */
  public int required(int syllables) {
    if (syllables <= allSyllablesUpTo) {
      return syllables;
    }
    return Math.max(1, (int) Math.floor(syllables * minimumShouldMatch));
  }

  /**
   * The similarity the boosts were measured with; set it on the {@code IndexSearcher} (and, for
   * tidiness, the {@code IndexWriterConfig}: BM25 norms do not depend on k1 and b).
   */
  public Similarity similarity() {
    return new BM25Similarity(k1, b);
  }

  /** A copy with other boosts for the three text fields. */
  public QueryTuning withBoosts(float exact, float folded, float shingle) {
    return new QueryTuning(
        exact, folded, shingle, numberBoost, allSyllablesUpTo, minimumShouldMatch, k1, b);
  }

  /** A copy with other BM25 parameters. */
  public QueryTuning withBm25(float k1, float b) {
    return new QueryTuning(exactBoost, foldedBoost, shingleBoost, numberBoost, allSyllablesUpTo,
        minimumShouldMatch, k1, b);
  }
}
