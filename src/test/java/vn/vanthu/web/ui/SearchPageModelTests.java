package vn.vanthu.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The search page's snippets as plain-text pieces, its links, and its form's checks. */
class SearchPageModelTests {

  /** The highlighter's escaped HTML becomes text pieces; only its marks become matches. */
  @Test
  void snippetBecomesTextPiecesWithMatches() {
    assertThat(SearchPage.pieces("a &lt;b&gt; <mark>kế hoạch</mark> &amp; <mark>x</mark>"))
        .containsExactly(new SearchPage.Piece("a <b> ", false),
            new SearchPage.Piece("kế hoạch", true), new SearchPage.Piece(" & ", false),
            new SearchPage.Piece("x", true));
    assertThat(SearchPage.pieces("<mark>unclosed")).containsExactly(
        new SearchPage.Piece("unclosed", true));
    assertThat(SearchPage.pieces("")).isEmpty();
  }

  /** A long passage is cut at a word, with an ellipsis, after about three lines. */
  @Test
  void longSnippetIsCutAtAWord() {
    List<SearchPage.Piece> pieces = SearchPage.pieces("<mark>đầu</mark> " + "chữ ".repeat(300));
    String text = pieces.stream().map(SearchPage.Piece::text).reduce("", String::concat);
    assertThat(text).startsWith("đầu chữ").endsWith("chữ …")
        .hasSizeLessThanOrEqualTo(SearchPage.SNIPPET_LENGTH + 2);
    List<SearchPage.Piece> afterCut = SearchPage.pieces("chữ ".repeat(120) + "<mark>cuối</mark>");
    assertThat(afterCut).hasSize(1);
    assertThat(afterCut.get(0).text()).endsWith("chữ …");
  }

  /** Links keep the other filters, encode Vietnamese, and go back to page 1 when filters change. */
  @Test
  void linksKeepTheSearchAndResetThePage() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("q", "kế hoạch & \"x\"");
    parameters.put("year", "2013");
    parameters.put("page", "3");
    SearchLinks links = new SearchLinks(parameters);
    assertThat(links.with("type", "Quyết định")).isEqualTo("/search?q=k%E1%BA%BF%20ho%E1%BA%A1ch"
        + "%20%26%20%22x%22&type=Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh&year=2013");
    assertThat(links.without("year")).isEqualTo("/search?q=k%E1%BA%BF%20ho%E1%BA%A1ch%20%26%20%22x%22");
    assertThat(links.page(4)).endsWith("&year=2013&page=4");
    assertThat(links.page(1)).endsWith("&year=2013");
    assertThat(links.sorted("date")).endsWith("&year=2013&sort=date");
  }

  /** Bad values are reported per field; page numbers out of range mean page 1. */
  @Test
  void formReportsBadFieldsAndClampsThePage() {
    Map<String, String> errors = new LinkedHashMap<>();
    assertThat(new SearchForm("x", "", "", "13", "2013-02-30", "", "", "").toQuery(errors))
        .isNull();
    assertThat(errors).containsExactly(Map.entry("year", "search.error.year"),
        Map.entry("from", "search.error.date"));
    errors.clear();
    var query = new SearchForm(" ke\u0302\u0301 hoa\u0323ch ", "", "", "2013", "", "", "date", "999")
        .toQuery(errors);
    assertThat(errors).isEmpty();
    assertThat(query.text()).isEqualTo("kế hoạch");
    assertThat(query.page()).isZero();
    assertThat(query.byDate()).isTrue();
    assertThat(new SearchForm("", "", "", "", "", "", "", "2").toQuery(errors).byDate()).isTrue();
  }
}
