package vn.vanthu.archive;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One page of search results with the facet counts of the whole hit set.
 *
 * @param total how many documents match
 * @param hits this page's hits, best first (or newest first)
 * @param facets per dimension (type, issuer, year, độ mật), each value with its count
 */
public record SearchResults(long total, List<Hit> hits, Map<String, List<FacetCount>> facets) {

  /**
   * A matching document.
   *
   * @param id the archive id (for a bulk import: the id it came with)
   * @param number number and symbol, e.g. {@code 813/QĐ-BHXH}
   * @param type the type's Vietnamese name
   * @param date the date of issue
   * @param issuer the issuing body
   * @param title the trích yếu
   * @param score the relevance score
   * @param snippet the best passages of the original text, HTML-escaped, matches in {@code <mark>}
   */
  public record Hit(String id, @Nullable String number, @Nullable String type,
      @Nullable LocalDate date, String issuer, @Nullable String title, float score,
      String snippet) {}

  /** A facet value and how many hits have it. */
  public record FacetCount(String value, long count) {}
}
