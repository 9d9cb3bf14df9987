package vn.vanthu.archive.analysis;

/**
 * The weights and matching rule of {@link VietnameseQueryBuilder}; {@link #DEFAULTS} are the
 * values measured in docs/search-quality.md.
 *
 * @param exactBoost weight of a syllable matching with its diacritics; 0 leaves the exact field out
 * @param foldedBoost weight of a syllable matching without diacritics
 * @param shingleBoost weight of two adjacent query syllables standing together in the document; 0
 *     leaves the shingle field out
 * @param numberBoost weight of a document number in the query matching the number field
 * @param allSyllablesUpTo queries of at most this many syllables must match all of them
 * @param minimumShouldMatch for longer queries, the fraction of syllables that must match
 */
public record QueryTuning(
    float exactBoost,
    float foldedBoost,
    float shingleBoost,
    float numberBoost,
    int allSyllablesUpTo,
    float minimumShouldMatch) {

  /** The measured defaults. */
  public static final QueryTuning DEFAULTS = new QueryTuning(1f, 1f, 1f, 20f, 4, 0f);

  /** Validates the ranges. */
  public QueryTuning {
    if (exactBoost < 0 || foldedBoost <= 0 || shingleBoost < 0 || numberBoost <= 0) {
      throw new IllegalArgumentException("boosts must be >= 0, folded and number > 0");
    }
    if (allSyllablesUpTo < 0 || minimumShouldMatch < 0 || minimumShouldMatch > 1) {
      throw new IllegalArgumentException("minimum-should-match out of range");
    }
  }

  /** How many of {@code syllables} query syllables a document must contain. */
  public int required(int syllables) {
    if (syllables <= allSyllablesUpTo) {
      return syllables;
    }
    return Math.max(1, (int) Math.floor(syllables * minimumShouldMatch));
  }

  /** A copy with other boosts. */
  public QueryTuning withBoosts(float exact, float folded, float shingle) {
    return new QueryTuning(exact, folded, shingle, numberBoost, allSyllablesUpTo, minimumShouldMatch);
  }
}
