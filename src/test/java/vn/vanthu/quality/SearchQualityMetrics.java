package vn.vanthu.quality;

import java.util.List;
import java.util.Set;

/**
 * Mean recall@k, MRR@k and nDCG@k with binary relevance, over a set of questions.
 *
 * @param recall mean fraction of relevant articles in the top k
 * @param mrr mean reciprocal rank of the first relevant article in the top k (0 if none)
 * @param ndcg mean normalised discounted cumulative gain of the top k
 */
record SearchQualityMetrics(double recall, double mrr, double ndcg) {

  /** The cut-off of every metric. */
  static final int K = 10;

  /** The metrics of one question's ranking. */
  static SearchQualityMetrics of(List<String> ranking, Set<String> relevant) {
    int found = 0;
    double reciprocalRank = 0;
    double dcg = 0;
    for (int i = 0; i < Math.min(K, ranking.size()); i++) {
      if (relevant.contains(ranking.get(i))) {
        found++;
        reciprocalRank = reciprocalRank == 0 ? 1.0 / (i + 1) : reciprocalRank;
        dcg += 1 / log2(i + 2);
      }
    }
    double ideal = 0;
    for (int i = 0; i < Math.min(K, relevant.size()); i++) {
      ideal += 1 / log2(i + 2);
    }
    return new SearchQualityMetrics((double) found / relevant.size(), reciprocalRank, dcg / ideal);
  }

  /** The mean of each metric. */
  static SearchQualityMetrics mean(List<SearchQualityMetrics> all) {
    return new SearchQualityMetrics(
        all.stream().mapToDouble(SearchQualityMetrics::recall).average().orElse(0),
        all.stream().mapToDouble(SearchQualityMetrics::mrr).average().orElse(0),
        all.stream().mapToDouble(SearchQualityMetrics::ndcg).average().orElse(0));
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
