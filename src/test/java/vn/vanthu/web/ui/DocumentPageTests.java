package vn.vanthu.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vanthu.access.Clearance;
import vn.vanthu.access.Role;
import vn.vanthu.archive.ArchivedDocument;
import vn.vanthu.archive.DocumentIssuing;

/**
 * The document page: metadata, the PDF, downloads, links both ways and history; a secret
 * document above the reader's clearance is exactly the 404 of a document that does not exist.
 */
class DocumentPageTests extends UiTestSupport {

  private static ArchivedDocument decision;
  private static ArchivedDocument amendment;
  private static ArchivedDocument secret;

  @Autowired DocumentIssuing issuing;

  @BeforeEach
  void documents() throws Exception {
    if (decision == null) {
      decision = issuing.archiveNumbered(
          Files.readAllBytes(BASE.resolve("samples/quyet-dinh-813-bhxh.json")), "test");
      ObjectNode draft = (ObjectNode) new ObjectMapper().readTree(
          Files.readAllBytes(BASE.resolve("samples/quyet-dinh-draft.json")));
      draft.putArray("relations").addObject().put("kind", "amends").put("target", "813/QĐ-BHXH");
      amendment = issuing.issue(new ObjectMapper().writeValueAsBytes(draft), "test");
      secret = issuing.archiveNumbered(
          Files.readAllBytes(BASE.resolve("samples/thong-bao-mat.json")), "test");
    }
  }

  @Test
  void staffClerksAndAdministratorsReadDocumentsCommunicationsMayNot() throws Exception {
    for (Role role : new Role[] {Role.STAFF, Role.CLERK, Role.ADMIN}) {
      mvc.perform(get("/documents/" + decision.id()).with(as(role))).andExpect(status().isOk());
    }
    mvc.perform(get("/documents/" + decision.id()).with(as(Role.COMMS)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/documents/" + decision.id() + "/pdf").with(as(Role.COMMS)))
        .andExpect(status().isForbidden());
  }

  @Test
  void thePageShowsMetadataPdfDownloadsAndHistory() throws Exception {
    String page = page(decision.id(), Role.STAFF, Clearance.NONE);
    assertThat(page).contains("Quyết định", "813/QĐ-BHXH", "Lê Bạch Hồng", "23/07/2013",
        "id=\"doc-pdf\"", "/documents/" + decision.id() + "/pdf",
        "id=\"download-pdf\"", "id=\"download-source\"", "id=\"doc-history\"");
    assertThat(page(decision.id(), Role.STAFF, Clearance.NONE)).contains("Xem", "staff-none");
  }

  @Test
  void linksAreShownInBothDirections() throws Exception {
    assertThat(page(decision.id(), Role.STAFF, Clearance.NONE))
        .contains("Được sửa đổi, bổ sung bởi:", "/documents/" + amendment.id(),
            "Văn bản kèm theo:", "Kế hoạch");
    assertThat(page(amendment.id(), Role.STAFF, Clearance.NONE))
        .contains("Sửa đổi, bổ sung:", "/documents/" + decision.id());
  }

  @Test
  void theFilesAreServedToTheBrowserSession() throws Exception {
    mvc.perform(get("/documents/" + decision.id() + "/pdf").with(as(Role.STAFF)))
        .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
        .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline")));
    mvc.perform(get("/documents/" + decision.id() + "/pdf").param("download", "true")
            .with(as(Role.STAFF)))
        .andExpect(header().string("Content-Disposition",
            org.hamcrest.Matchers.containsString("813-Q%C4%90-BHXH.pdf")));
    String source = mvc.perform(get("/documents/" + decision.id() + "/source")
            .with(as(Role.STAFF))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(source).contains("\"number\"", "Lê Bạch Hồng");
  }

  @Test
  void aSecretDocumentAboveTheClearanceIsExactlyAMissingOne() throws Exception {
    var hidden = mvc.perform(get("/documents/" + secret.id()).with(as(Role.STAFF)))
        .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
    var missing = mvc.perform(get("/documents/00000000-0000-0000-0000-000000000000")
        .with(as(Role.STAFF))).andExpect(status().isNotFound()).andReturn().getResponse()
        .getContentAsString();
    assertThat(withoutTokens(hidden)).isEqualTo(withoutTokens(missing)).contains("Không tìm thấy");
    mvc.perform(get("/documents/" + secret.id() + "/pdf").with(as(Role.STAFF)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/documents/" + secret.id() + "/source").with(as(Role.STAFF)))
        .andExpect(status().isNotFound());
    assertThat(page(secret.id(), Role.STAFF, Clearance.MAT)).contains("id=\"doc-classification\"");
  }

  /** The page without its CSRF token, which is masked afresh on every response. */
  private static String withoutTokens(String page) {
    return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
  }

  private String page(String id, Role role, Clearance clearance) throws Exception {
    return mvc.perform(get("/documents/" + id).with(as(role, clearance)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }
}
