package vn.vanthu.web.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;
import vn.vanthu.archive.SearchResults;
import vn.vanthu.archive.index.IndexSchema;

/**
 * What the search page shows: the form with its errors, the hits, the facets as links that add a
 * filter, the active filters as links that remove one, and the pages.
 *
 * @param errors message key of each bad field, by field name
 * @param results the hits, or null when the form has errors
 */
record SearchPage(SearchForm form, Map<String, String> errors, SearchLinks links,
    @Nullable SearchResults results, List<HitView> hits, List<FacetView> facets,
    List<ActiveFilter> filters, List<PageLink> pages, int page, int lastPage) {

  /** A hit with its snippet cut into plain and highlighted pieces, each shown as text. */
  record HitView(int rank, String id, @Nullable String number, @Nullable String type,
      @Nullable LocalDate date, String issuer, @Nullable String title,
      List<Piece> snippet, boolean thumbnail) {}

  /** A piece of a snippet: plain text, or a match to highlight. Never markup. */
  record Piece(String text, boolean match) {}

  /** A facet dimension: its message key and its values. */
  record FacetView(String name, String labelKey, List<FacetValue> values) {}

  /**
   * A facet value with its count, and the link that filters on it (null for độ mật, which the
   * search does not filter on: it only shows what the reader's clearance lets them see).
   *
   * @param labelKey a message key for values that have one (độ mật), else null
   */
  record FacetValue(String value, @Nullable String labelKey, long count, @Nullable String href,
      boolean active) {}

  /** A filter in force, with the link that drops it. */
  record ActiveFilter(String name, String value, String removeHref) {}

  /** A link to a page of hits. */
  record PageLink(int number, String href, boolean current) {}

  /** Facet dimension of the index → URL parameter and message key. */
  private static final List<String[]> DIMENSIONS = List.of(
      new String[] {IndexSchema.FACET_TYPE, "type"},
      new String[] {IndexSchema.FACET_ISSUER, "issuer"},
      new String[] {IndexSchema.FACET_YEAR, "year"},
      new String[] {IndexSchema.FACET_SECRECY, "secrecy"});

  static SearchPage of(SearchForm form, Map<String, String> errors,
      @Nullable SearchResults results, Predicate<String> hasThumbnail) {
    SearchLinks links = new SearchLinks(form.parameters());
    List<HitView> hits = new ArrayList<>();
    List<FacetView> facets = new ArrayList<>();
    List<PageLink> pages = new ArrayList<>();
    int page = form.pageNumber();
    int lastPage = 0;
    if (results != null) {
      int rank = (page - 1) * SearchForm.PAGE_SIZE;
      for (SearchResults.Hit hit : results.hits()) {
        hits.add(new HitView(++rank, hit.id(), hit.number(), hit.type(), hit.date(),
            hit.issuer(), hit.title(), pieces(hit.snippet()), hasThumbnail.test(hit.id())));
      }
      for (String[] dimension : DIMENSIONS) {
        facets.add(facet(form, links, dimension[1],
            results.facets().getOrDefault(dimension[0], List.of())));
      }
      lastPage = (int) Math.min(SearchForm.LAST_PAGE,
          (results.total() + SearchForm.PAGE_SIZE - 1) / SearchForm.PAGE_SIZE);
      for (int n = Math.max(1, page - 3); n <= Math.min(lastPage, page + 3); n++) {
        pages.add(new PageLink(n, links.page(n), n == page));
      }
    }
    List<ActiveFilter> filters = new ArrayList<>();
    form.parameters().forEach((name, value) -> {
      if (!name.equals("q") && !name.equals("sort") && !name.equals("page")) {
        filters.add(new ActiveFilter(name, value, links.without(name)));
      }
    });
    return new SearchPage(form, Map.copyOf(errors), links, results, hits, facets, filters, pages,
        page, lastPage);
  }

  /** Whether there is a search to show hits for: some text or some filter. */
  public boolean searched() {
    return results != null && form.parameters().keySet().stream()
        .anyMatch(name -> !name.equals("sort") && !name.equals("page"));
  }

  private static FacetView facet(SearchForm form, SearchLinks links, String name,
      List<SearchResults.FacetCount> counts) {
    String current = switch (name) {
      case "type" -> form.type();
      case "issuer" -> form.issuer();
      case "year" -> form.year();
      default -> "";
    };
    List<FacetValue> values = new ArrayList<>();
    for (SearchResults.FacetCount count : counts) {
      if (name.equals("secrecy")) {
        String code = count.value().equals("không") ? "none" : count.value();
        values.add(new FacetValue(count.value(), "search.secrecy." + code, count.count(), null,
            false));
      } else {
        boolean active = count.value().equalsIgnoreCase(current);
        values.add(new FacetValue(count.value(), null, count.count(),
            active ? links.without(name) : links.with(name, count.value()), active));
      }
    }
    return new FacetView(name, "search.facet." + name, values);
  }

  /**
   * The highlighter's snippet (HTML-escaped text with matches in {@code <mark>}) as pieces of
   * plain text. The template prints each piece as text, so whatever a document contains is shown,
   * never interpreted.
   */
  static List<Piece> pieces(String snippet) {
    List<Piece> pieces = new ArrayList<>();
    int at = 0;
    while (at < snippet.length()) {
      int open = snippet.indexOf("<mark>", at);
      if (open < 0) {
        add(pieces, snippet.substring(at), false);
        break;
      }
      add(pieces, snippet.substring(at, open), false);
      int close = snippet.indexOf("</mark>", open);
      int end = close < 0 ? snippet.length() : close;
      add(pieces, snippet.substring(open + "<mark>".length(), end), true);
      at = close < 0 ? snippet.length() : close + "</mark>".length();
    }
    return pieces;
  }

  /** About three lines of a hit: the highlighter's passages can run to a whole paragraph. */
  static final int SNIPPET_LENGTH = 420;

  private static void add(List<Piece> pieces, String escaped, boolean match) {
    int used = pieces.stream().mapToInt(p -> p.text().length()).sum();
    boolean ended = !pieces.isEmpty() && pieces.get(pieces.size() - 1).text().endsWith(" …");
    if (escaped.isEmpty() || used >= SNIPPET_LENGTH || ended) {
      return;
    }
    String text = HtmlUtils.htmlUnescape(escaped);
    if (!match && used + text.length() > SNIPPET_LENGTH) {
      int cut = text.lastIndexOf(' ', SNIPPET_LENGTH - used);
      text = (cut > 0 ? text.substring(0, cut) : text.substring(0, SNIPPET_LENGTH - used)) + " …";
    }
    pieces.add(new Piece(text, match));
  }
}
