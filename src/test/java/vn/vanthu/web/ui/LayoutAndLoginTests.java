package vn.vanthu.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import vn.vanthu.access.Clearance;
import vn.vanthu.access.Role;

/** The login page, the layout's navigation per role, the language switch, headers and errors. */
class LayoutAndLoginTests extends UiTestSupport {

  @Test
  void anonymousUsersAreSentToTheLoginPage() throws Exception {
    mvc.perform(get("/compose")).andExpect(status().isFound())
        .andExpect(redirectedUrlPattern("**/login"));
    String page = mvc.perform(get("/login")).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Đăng nhập hệ thống", "id=\"username\"", "id=\"password\"",
        "id=\"login-submit\"", "name=\"_csrf\"").doesNotContain("id=\"mainnav\"");
  }

  @Test
  void aUserLogsInWithTheirPasswordAndLandsOnTheirStartPage() throws Exception {
    accounts.add("lan", Role.STAFF, Clearance.NONE, "a-long-password-1");
    mvc.perform(formLogin("/login").user("lan").password("a-long-password-1"))
        .andExpect(redirectedUrl("/"));
    mvc.perform(formLogin("/login").user("lan").password("wrong-password-1"))
        .andExpect(redirectedUrl("/login?error"));
    mvc.perform(get("/").with(as(Role.STAFF))).andExpect(redirectedUrl("/search"));
    mvc.perform(get("/").with(as(Role.COMMS))).andExpect(redirectedUrl("/leaflets"));
  }

  @Test
  void loginWithoutCsrfTokenIsRefused() throws Exception {
    mvc.perform(post("/login").param("username", "admin").param("password", "x"))
        .andExpect(status().isForbidden());
  }

  @Test
  void theNavigationShowsOnlyThePagesOfTheRole() {
    String admin = browser(Role.ADMIN).get("/nowhere").body();
    assertThat(admin).contains("id=\"nav-search\"", "id=\"nav-compose\"", "id=\"nav-import\"",
        "id=\"nav-leaflets\"", "id=\"nav-admin\"", "id=\"logout\"", "admin-none");
    String staff = browser(Role.STAFF).get("/nowhere").body();
    assertThat(staff).contains("id=\"nav-search\"")
        .doesNotContain("id=\"nav-compose\"", "id=\"nav-import\"", "id=\"nav-admin\"",
            "id=\"nav-leaflets\"");
    String clerk = browser(Role.CLERK).get("/nowhere").body();
    assertThat(clerk).contains("id=\"nav-search\"", "id=\"nav-compose\"", "id=\"nav-import\"")
        .doesNotContain("id=\"nav-admin\"", "id=\"nav-leaflets\"");
    assertThat(browser(Role.COMMS).get("/nowhere").body()).contains("id=\"nav-leaflets\"")
        .doesNotContain("id=\"nav-search\"", "id=\"nav-compose\"");
  }

  @Test
  void aPageOutsideTheRoleIsALocalized403() {
    var response = browser(Role.STAFF).get("/admin");
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("Không có quyền truy cập", "id=\"error-status\"")
        .doesNotContain("Exception", "at org.", "Whitelabel");
  }

  @Test
  void anUnknownPageIsALocalized404InTheChosenLanguage() {
    Browser browser = browser(Role.STAFF);
    var vi = browser.get("/nowhere");
    assertThat(vi.statusCode()).isEqualTo(404);
    assertThat(vi.body()).contains("Không tìm thấy", "lang=\"vi\"");
    var en = browser.get("/nowhere?lang=en");
    assertThat(en.statusCode()).isEqualTo(404);
    assertThat(en.body()).contains("Not found", "lang=\"en\"", "Log out");
    assertThat(browser.get("/still-nowhere").body()).as("the choice is kept").contains("Not found");
  }

  /** Switching language keeps the page's query: a search and its filters survive it. */
  @Test
  void theLanguageLinksKeepTheQuery() {
    String page = browser(Role.STAFF).get("/search?q=b%E1%BA%A3o+hi%E1%BB%83m&year=2013").body();
    assertThat(page)
        .contains("id=\"lang-en\" href=\"/search?q=b%E1%BA%A3o+hi%E1%BB%83m&amp;year=2013&amp;lang=en\"")
        .contains("href=\"/search?q=b%E1%BA%A3o+hi%E1%BB%83m&amp;year=2013&amp;lang=vi\"");
  }

  @Test
  void pagesCarrySecureHeaders() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(header().string("X-Frame-Options", "SAMEORIGIN"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("Content-Security-Policy",
            org.hamcrest.Matchers.containsString("script-src 'self'")));
  }

  @Test
  void logoutIsAPostWithCsrf() throws Exception {
    mvc.perform(post("/logout").with(as(Role.STAFF)).with(csrf()))
        .andExpect(redirectedUrl("/login?logout"));
  }

  private String page(String path, Role role) throws Exception {
    return mvc.perform(get(path).with(as(role)).accept("text/html"))
        .andReturn().getResponse().getContentAsString();
  }
}
