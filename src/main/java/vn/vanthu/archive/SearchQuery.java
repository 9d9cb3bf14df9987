package vn.vanthu.archive;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A search of the archive.
 *
 * @param text what the user typed: words, "quoted phrases", -exclusions, and field filters
 *     {@code type:}, {@code issuer:}, {@code year:}, {@code number:}, {@code date:FROM..TO}
 * @param type a type code or name to filter on, or null
 * @param issuer an issuer to filter on, or null
 * @param year a year to filter on, or null
 * @param from the earliest date of issue, or null
 * @param to the latest date of issue, or null
 * @param byDate newest first instead of by relevance
 * @param page the page of results, from 0
 * @param size results per page, 1–100
 */
public record SearchQuery(
    String text,
    @Nullable String type,
    @Nullable String issuer,
    @Nullable Integer year,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    boolean byDate,
    int page,
    int size) {

  public SearchQuery {
    text = text == null ? "" : text;
    if (page < 0) {
      throw new IllegalArgumentException("page must be 0 or more");
    }
    if (size < 1 || size > 100) {
      throw new IllegalArgumentException("size must be between 1 and 100");
    }
    // Lucene collects every hit up to the page asked for: a far page would exhaust the memory.
    if ((page + 1L) * size > 10_000) {
      throw new IllegalArgumentException("page × size must stay within the first 10000 hits");
    }
  }

  /** A plain search for some text: first page of 10, by relevance. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, null, null, null, null, null, false, 0, 10);
  }
}
