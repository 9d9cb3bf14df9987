package vn.vanthu.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import vn.vanthu.access.Clearance;
import vn.vanthu.access.Role;
import vn.vanthu.archive.SearchQuery;

/**
 * The search page: hits with links, thumbnails and highlighted snippets, facets that add filters
 * to the URL, errors beside their fields, and nothing of a document above the reader's clearance
 * (no hit, no facet count, no snippet, no thumbnail).
 */
class SearchPageTests extends ArchivePagesTestSupport {

  /** Staff find the plan without diacritics; the hit links to the document and shows its page. */
  @Test
  void unaccentedSearchFindsThePlanWithSnippetAndThumbnail() throws Exception {
    String page = page("/search?q=ke%20hoach%20thong%20tin%20doi%20ngoai", Role.STAFF, Clearance.NONE);
    String first = between(page, "id=\"hit-1\"", "</li>");
    assertThat(first).containsPattern("class=\"hit-link\"[^>]*>Thông tin đối ngoại của Bảo hiểm xã "
            + "hội Việt Nam giai đoạn 2013 - 2020</a>")
        .contains("<mark>").containsPattern("href=\"/documents/[0-9a-f-]{36}\"")
        .containsPattern("src=\"/search/thumbnails/[0-9a-f-]{36}\"");
    String id = first.replaceAll("(?s).*data-id=\"([^\"]+)\".*", "$1");
    byte[] png = mvc.perform(get("/search/thumbnails/" + id).with(as(Role.STAFF)))
        .andExpect(status().isOk()).andExpect(content().contentType("image/png"))
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
  }

  /** A word only the Mật notice contains: nothing for staff without clearance, a hit with it. */
  @Test
  void secretDocumentLeavesNoTraceBelowItsClearance() throws Exception {
    String none = page("/search?q=Internet", Role.STAFF, Clearance.NONE);
    assertThat(none).contains("id=\"no-hits\"").doesNotContain("id=\"hit-1\"")
        .doesNotContain("bí mật nhà nước").doesNotContain("<mark>").contains(">0 văn bản<")
        .doesNotContain("class=\"facet-count\"");
    String cleared = page("/search?q=Internet", Role.STAFF, Clearance.MAT);
    assertThat(between(cleared, "id=\"hit-1\"", "</li>"))
        .contains("Kết quả kiểm tra công tác bảo vệ bí mật nhà nước năm 2024").contains("<mark>");
    String secretId = between(cleared, "id=\"hit-1\"", "</li>")
        .replaceAll("(?s).*data-id=\"([^\"]+)\".*", "$1");
    mvc.perform(get("/search/thumbnails/" + secretId).with(as(Role.STAFF)))
        .andExpect(status().isNotFound());
  }

  /** Facet counts come from the filtered search: the notices facet has one fewer without clearance. */
  @Test
  void facetCountsLeaveOutWhatTheReaderMayNotSee() throws Exception {
    search.refresh();
    String none = page("/search?q=bao%20hiem%20xa%20hoi", Role.STAFF, Clearance.NONE);
    String cleared = page("/search?q=bao%20hiem%20xa%20hoi", Role.STAFF, Clearance.MAT);
    assertThat(total(none)).isEqualTo(total(cleared) - 1);
    assertThat(facetCount(none, "secrecy", "mat")).isNull();
    assertThat(facetCount(cleared, "secrecy", "mat")).isEqualTo(1);
    assertThat(facetCount(cleared, "type", "Thông báo"))
        .isEqualTo(facetCount(none, "type", "Thông báo") + 1);
  }

  /** A facet is a link that adds its filter to the URL, kept with the words; the filter applies. */
  @Test
  void facetLinksAddFiltersToTheUrl() throws Exception {
    String page = page("/search?q=thong%20tin%20doi%20ngoai", Role.STAFF, Clearance.NONE);
    String link = between(page, "id=\"facet-type\"", "</section>");
    Matcher decision = Pattern.compile("href=\"([^\"]+)\"[^>]*data-value=\"Quyết định\"").matcher(link);
    assertThat(decision.find()).isTrue();
    String url = decision.group(1).replace("&amp;", "&");
    assertThat(url).isEqualTo("/search?q=thong%20tin%20doi%20ngoai&type=Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh");
    String filtered = page(url, Role.STAFF, Clearance.NONE);
    assertThat(filtered).contains("id=\"remove-type\"").contains(">1 văn bản<")
        .contains("value=\"thong tin doi ngoai\"");
    assertThat(between(filtered, "id=\"hit-1\"", "</li>")).contains("813/QĐ-BHXH");
  }

  /** Bad filters are named beside their fields, in the reader's language; never a server error. */
  @Test
  void badFiltersShowTheirMessagesBesideTheFields() throws Exception {
    String page = page("/search?q=x&year=20x3&from=2013-02-30&to=2012-01-01", Role.STAFF,
        Clearance.NONE);
    assertThat(between(page, "id=\"year-error\"", "</div>")).contains("bốn chữ số");
    assertThat(between(page, "id=\"from-error\"", "</div>")).contains("Ngày không hợp lệ");
    assertThat(page).doesNotContain("id=\"hits\"");
    String english = page("/search?q=x&from=2014-01-01&to=2013-01-01&lang=en", Role.STAFF,
        Clearance.NONE);
    assertThat(between(english, "id=\"to-error\"", "</div>")).contains("on or after");
  }

  /** Text that looks like markup is shown as text in titles and snippets, never run. */
  @Test
  void hostileTextIsEscapedInSnippets() throws Exception {
    byte[] jsonl = ("{\"id\":\"hostile-1\",\"title\":\"<img src=x onerror=alert(1)>\","
        + "\"text\":\"Công văn <script>alert('xss')</script> zorkmid & <b>đậm</b> kết thúc\"}")
        .getBytes(StandardCharsets.UTF_8);
    mvc.perform(multipart("/import").file(new MockMultipartFile("files", "hostile.jsonl",
        "application/jsonl", jsonl)).with(csrf()).with(as(Role.CLERK)))
        .andExpect(status().isFound());
    search.refresh();
    String page = page("/search?q=zorkmid", Role.STAFF, Clearance.NONE);
    String hit = between(page, "id=\"hit-1\"", "</li>");
    assertThat(hit).doesNotContain("<script").doesNotContain("<img src=x").doesNotContain("<b>")
        .contains("&lt;script&gt;").contains("<mark>zorkmid</mark>").contains("&amp;");
  }

  /** Pages of hits keep the search; staff may not import. */
  @Test
  void pagesKeepTheSearchAndImportIsForClerks() throws Exception {
    String page = page("/search?q=&sort=date", Role.STAFF, Clearance.NONE);
    assertThat(page).doesNotContain("id=\"sort-links\"");
    mvc.perform(get("/import").with(as(Role.STAFF))).andExpect(status().isForbidden());
    mvc.perform(get("/search").with(as(Role.COMMS))).andExpect(status().isForbidden());
  }

  private String page(String url, Role role, Clearance clearance) throws Exception {
    // A URI, not a template: the URL is already encoded as a browser would send it.
    return mvc.perform(get(java.net.URI.create(url)).with(as(role, clearance)))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  private static int total(String page) {
    Matcher total = Pattern.compile("id=\"search-total\">(\\d+) văn bản<").matcher(page);
    assertThat(total.find()).isTrue();
    return Integer.parseInt(total.group(1));
  }

  private static String between(String page, String start, String end) {
    int from = page.indexOf(start);
    if (from < 0) {
      try {
        java.nio.file.Files.writeString(BASE.resolve("target/search-page-failure.html"), page);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    assertThat(from).as("%s in the page (target/search-page-failure.html)", start).isNotNegative();
    int to = page.indexOf(end, from);
    return page.substring(from, to < 0 ? page.length() : to);
  }

  private static Integer facetCount(String page, String facet, String value) {
    int at = page.indexOf("id=\"facet-" + facet + "\"");
    if (at < 0) {
      return null;
    }
    String section = page.substring(at, page.indexOf("</section>", at));
    Matcher count = Pattern.compile("data-value=\"" + Pattern.quote(value)
        + "\">\\s*<span class=\"facet-label\">[^<]*</span>\\s*<span class=\"facet-count\">(\\d+)<")
        .matcher(section);
    return count.find() ? Integer.valueOf(count.group(1)) : null;
  }
}
