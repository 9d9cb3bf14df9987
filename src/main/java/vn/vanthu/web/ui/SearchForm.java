package vn.vanthu.web.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vanthu.archive.SearchQuery;
import vn.vanthu.document.VietnameseText;

/**
 * The search form as it came in the URL: every value a string, so that a bad one is shown back
 * beside its field with the reason instead of failing the page.
 *
 * @param page the page of results counted from 1, as people count them
 */
record SearchForm(String q, String type, String issuer, String year, String from, String to,
    String sort, String page) {

  /** Hits per page. */
  static final int PAGE_SIZE = 10;

  /** Pages beyond this are not offered: nobody reads the thousandth page of hits. */
  static final int LAST_PAGE = 100;

  SearchForm {
    q = clean(q);
    type = clean(type);
    issuer = clean(issuer);
    year = clean(year);
    from = clean(from);
    to = clean(to);
    sort = "date".equals(clean(sort)) ? "date" : "relevance";
    page = clean(page);
  }

  /** The filters and options as URL parameters, empty ones left out, in a fixed order. */
  Map<String, String> parameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    put(parameters, "q", q);
    put(parameters, "type", type);
    put(parameters, "issuer", issuer);
    put(parameters, "year", year);
    put(parameters, "from", from);
    put(parameters, "to", to);
    put(parameters, "sort", sort.equals("date") ? "date" : "");
    put(parameters, "page", pageNumber() > 1 ? Integer.toString(pageNumber()) : "");
    return parameters;
  }

  /** The page asked for, from 1; anything that is not a page number in range is page 1. */
  int pageNumber() {
    try {
      int number = Integer.parseInt(page);
      return number >= 1 && number <= LAST_PAGE ? number : 1;
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /**
   * The archive query, or the message key of each field that is not valid (by field name).
   *
   * @param errors receives {@code field → message key} for each bad value
   */
  @Nullable SearchQuery toQuery(Map<String, String> errors) {
    Integer yearValue = null;
    if (!year.isEmpty()) {
      if (year.matches("\\d{4}")) {
        yearValue = Integer.parseInt(year);
      } else {
        errors.put("year", "search.error.year");
      }
    }
    LocalDate fromDate = date("from", from, errors);
    LocalDate toDate = date("to", to, errors);
    if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
      errors.put("to", "search.error.range");
    }
    if (!errors.isEmpty()) {
      return null;
    }
    return new SearchQuery(q, type.isEmpty() ? null : type, issuer.isEmpty() ? null : issuer,
        yearValue, fromDate, toDate, byDate(), pageNumber() - 1, PAGE_SIZE);
  }

  /** Newest first when asked, and when there are no words to rank by (browsing by filters). */
  boolean byDate() {
    return sort.equals("date") || q.isEmpty();
  }

  private static @Nullable LocalDate date(String field, String value, Map<String, String> errors) {
    if (value.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      errors.put(field, "search.error.date");
      return null;
    }
  }

  private static void put(Map<String, String> parameters, String name, String value) {
    if (!value.isEmpty()) {
      parameters.put(name, value);
    }
  }

  private static String clean(@Nullable String value) {
    if (value == null) {
      return "";
    }
    String normalized = VietnameseText.normalizeOptional(value);
    return normalized == null ? "" : normalized.length() > 500 ? normalized.substring(0, 500)
        : normalized;
  }
}
