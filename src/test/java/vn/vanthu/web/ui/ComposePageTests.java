package vn.vanthu.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.MultiValueMap;
import vn.vanthu.access.Role;
import vn.vanthu.archive.Archive;
import vn.vanthu.archive.ArchivedDocument;
import vn.vanthu.web.ui.DraftForm.BlockRow;

/** The compose page: who may use it, field-level errors, rows without JavaScript, preview, issue. */
class ComposePageTests extends UiTestSupport {

  @Autowired Archive archive;

  @Test
  void clerksAndAdministratorsComposeOthersMayNot() throws Exception {
    String page = mvc.perform(get("/compose").with(as(Role.CLERK))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("id=\"compose-form\"", "id=\"issuerName\"", "id=\"subject\"",
        "id=\"legalBases-0\"", "id=\"body-0-text\"", "id=\"signatureName\"", "id=\"issue\"",
        "id=\"preview\"", "id=\"check\"", "id=\"load-sample\"", "name=\"_csrf\"");
    mvc.perform(get("/compose").with(as(Role.ADMIN))).andExpect(status().isOk());
    mvc.perform(get("/compose").with(as(Role.STAFF))).andExpect(status().isForbidden());
    mvc.perform(get("/compose").with(as(Role.COMMS))).andExpect(status().isForbidden());
  }

  @Test
  void eachErrorIsShownBesideItsField() throws Exception {
    DraftForm draft = sample("quyet-dinh-draft");
    draft.setSubject("");
    draft.setSignatureName("");
    draft.setIssuerAbbreviation("BH XH");
    draft.getBody().get(1).setDepth(0); // a khoản at the top of the body
    draft.getLegalBases().set(1, "x".repeat(2_001));
    String page = submit(draft, "check");
    assertThat(error(page, "subject")).isEqualTo("Chưa nhập: ô này bắt buộc.");
    assertThat(error(page, "signatureName")).isEqualTo("Chưa nhập: ô này bắt buộc.");
    assertThat(error(page, "issuerAbbreviation")).startsWith("Chỉ gồm chữ và số");
    assertThat(error(page, "body-1-kind")).startsWith("Khoản phải nằm trong một Điều");
    assertThat(error(page, "legalBases-1")).isEqualTo("Quá dài: 2001 ký tự, tối đa 2000.");
    assertThat(page).contains("id=\"form-errors\"").doesNotContain("id=\"form-valid\"");
  }

  @Test
  void aBlankSignerTitleIsExplainedInEnglishToo() throws Exception {
    DraftForm draft = sample("quyet-dinh-draft");
    draft.setSignatureTitle("");
    String page = contentOf(request(draft, "check").param("lang", "en"));
    assertThat(error(page, "signatureTitle")).isEqualTo("Give the signer's post when the head signs.");
  }

  @Test
  void aValidDraftChecksCleanAndPreviewsItsPages() throws Exception {
    DraftForm draft = sample("quyet-dinh-draft");
    assertThat(submit(draft, "check")).contains("id=\"form-valid\"").doesNotContain("field-error\"");
    String preview = submit(draft, "preview");
    assertThat(preview).contains("id=\"preview-page-1\"", "id=\"preview-page-2\"",
        "src=\"data:image/png;base64,");
    String fragment = contentOf(post("/compose/preview").params(params(draft))
        .with(as(Role.CLERK)).with(csrf()));
    assertThat(fragment).startsWith("<section").contains("id=\"preview-page-1\"")
        .doesNotContain("<html");
  }

  @Test
  void rowsAreAddedAndRemovedWithoutJavaScript() throws Exception {
    DraftForm draft = DraftRows.blank("quyet-dinh");
    assertThat(submit(draft, "add:legalBases")).contains("id=\"legalBases-2\"");
    assertThat(submit(draft, "insert:body:0")).contains("id=\"body-3-text\"");
    assertThat(submit(draft, "remove:body:0")).contains("id=\"body-1-text\"")
        .doesNotContain("id=\"body-2-text\"");
    String withPlan = submit(draft, "add:attachments");
    assertThat(withPlan).contains("id=\"attachments-0-subject\"", "id=\"attachments-0-body-1-text\"");
  }

  @Test
  void theTypeDecidesWhichFieldsAreShown() throws Exception {
    DraftForm letter = DraftRows.blank("cong-van");
    String page = submit(letter, "type");
    assertThat(page).contains("id=\"addressees-0\"").doesNotContain("id=\"legalBases-0\"",
        "id=\"section-attachments\"");
    letter.setSubject("V/v báo cáo");
    letter.setIssuerName("BẢO HIỂM XÃ HỘI VIỆT NAM");
    letter.setIssuerAbbreviation("BHXH");
    assertThat(error(submit(letter, "check"), "unit")).startsWith("Công văn cần đơn vị soạn thảo");
  }

  @Test
  void aSampleLoadsWithoutItsNumber() throws Exception {
    String page = org.springframework.web.util.HtmlUtils.htmlUnescape(contentOf(
        get("/compose").param("sample", "quyet-dinh-813-bhxh").with(as(Role.CLERK))));
    assertThat(page).contains("BẢO HIỂM XÃ HỘI VIỆT NAM", "Lê Bạch Hồng",
        "id=\"attachments-0-body-0-title\"", "MỤC TIÊU, YÊU CẦU");
    assertThat(sample("quyet-dinh-813-bhxh").getAttachments()).hasSize(1);
  }

  @Test
  void theJsonModeRoundTripsTheForm() throws Exception {
    DraftForm draft = sample("quyet-dinh-draft");
    String json = submit(draft, "to-json");
    assertThat(json).contains("id=\"json\"", "&quot;legalBases&quot;").doesNotContain("id=\"subject\"");
    DraftForm raw = new DraftForm();
    raw.setMode("json");
    raw.setJson("{\"type\": \"quyet-dinh\",");
    String broken = submit(raw, "to-form");
    assertThat(broken).contains("is not well-formed JSON", "id=\"json\"");
  }

  @Test
  void issuingFromComposeCreatesANumberedDocument() throws Exception {
    var result = mvc.perform(request(sample("quyet-dinh-draft"), "issue"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrlPattern("/documents/*"))
        .andExpect(flash().attribute("noticeKey", "compose.issued"))
        .andReturn();
    String id = result.getResponse().getRedirectedUrl().substring("/documents/".length());
    ArchivedDocument issued = archive.find(id, null).orElseThrow();
    assertThat(issued.numberText()).matches("\\d{2,}/QĐ-BHXH");
    assertThat(issued.createdBy()).isEqualTo("clerk-none");
    assertThat(result.getFlashMap().get("noticeArg")).isEqualTo(issued.numberText());
    String page = contentOf(get("/documents/" + id).with(as(Role.CLERK))
        .flashAttr("noticeKey", "compose.issued").flashAttr("noticeArg", issued.numberText()));
    assertThat(page).contains("Đã ban hành văn bản số " + issued.numberText());
  }

  @Test
  void aRelationToAnUnknownDocumentIsShownBesideIt() throws Exception {
    DraftForm draft = sample("quyet-dinh-draft");
    DraftForm.RelationRow relation = new DraftForm.RelationRow();
    relation.setKind("replaces");
    relation.setTarget("999/QĐ-XYZ");
    draft.getRelations().add(new DraftForm.RelationRow());
    draft.getRelations().add(relation);
    assertThat(error(submit(draft, "issue"), "relations-1-target"))
        .isEqualTo("Không có văn bản 999/QĐ-XYZ trong lưu trữ.");
  }

  @Test
  void aSecretDocumentIssuedAboveTheClerksClearanceIsConfirmedWithoutLinkingToIt()
      throws Exception {
    DraftForm draft = sample("quyet-dinh-draft");
    draft.setClassification("mat");
    mvc.perform(request(draft, "issue")).andExpect(status().isFound())
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/compose"))
        .andExpect(flash().attribute("noticeKey", "compose.issuedSecret"));
  }

  @Test
  void anInvalidDraftIsNotIssued() throws Exception {
    int before = archive.all().size();
    DraftForm draft = sample("quyet-dinh-draft");
    draft.setPlace("");
    assertThat(error(submit(draft, "issue"), "place")).isEqualTo("Chưa nhập: ô này bắt buộc.");
    assertThat(archive.all()).hasSize(before);
  }

  // ---------------------------------------------------------------------------------------------

  private static DraftForm sample(String name) throws Exception {
    return DraftJson.toForm(DraftJson.parse(Files.readString(
        BASE.resolve("samples/" + name + ".json"))));
  }

  private String submit(DraftForm draft, String action) throws Exception {
    return contentOf(request(draft, action));
  }

  private MockHttpServletRequestBuilder request(DraftForm draft, String action) {
    return post("/compose").params(params(draft)).param("action", action)
        .with(as(Role.CLERK)).with(csrf());
  }

  private String contentOf(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse().getContentAsString();
  }

  /** The text of the error shown beside a field, by the field's id. */
  private static String error(String page, String fieldId) {
    Matcher matcher = Pattern.compile("id=\"error-" + Pattern.quote(fieldId) + "\"[^>]*>([^<]*)<")
        .matcher(page);
    assertThat(matcher.find()).as("an error beside %s", fieldId).isTrue();
    return org.springframework.web.util.HtmlUtils.htmlUnescape(matcher.group(1)).strip();
  }

  /** The request parameters a browser sends for this form, named as the page names them. */
  static MultiValueMap<String, String> params(DraftForm form) {
    var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
    params.add("mode", form.getMode());
    params.add("json", form.getJson());
    params.add("type", form.getType());
    params.add("issuerParent", form.getIssuerParent());
    params.add("issuerName", form.getIssuerName());
    params.add("issuerAbbreviation", form.getIssuerAbbreviation());
    params.add("unit", form.getUnit());
    params.add("place", form.getPlace());
    params.add("subject", form.getSubject());
    params.add("competence", form.getCompetence());
    lines(params, "legalBases", form.getLegalBases());
    lines(params, "addressees", form.getAddressees());
    rows(params, "body", form.getBody());
    params.add("signatureAuthority", form.getSignatureAuthority());
    params.add("signaturePrincipal", form.getSignaturePrincipal());
    params.add("signatureTitle", form.getSignatureTitle());
    params.add("signatureName", form.getSignatureName());
    lines(params, "recipients", form.getRecipients());
    params.add("filing", form.getFiling());
    params.add("classification", form.getClassification());
    params.add("urgency", form.getUrgency());
    params.add("circulation", form.getCirculation());
    params.add("contact", form.getContact());
    for (int i = 0; i < form.getAttachments().size(); i++) {
      var attachment = form.getAttachments().get(i);
      String prefix = "attachments[" + i + "].";
      params.add(prefix + "type", attachment.getType());
      params.add(prefix + "subject", attachment.getSubject());
      params.add(prefix + "referenceLead", attachment.getReferenceLead());
      params.add(prefix + "issuedBy", attachment.getIssuedBy());
      rows(params, prefix + "body", attachment.getBody());
    }
    for (int i = 0; i < form.getRelations().size(); i++) {
      params.add("relations[" + i + "].kind", form.getRelations().get(i).getKind());
      params.add("relations[" + i + "].target", form.getRelations().get(i).getTarget());
    }
    return params;
  }

  private static void lines(MultiValueMap<String, String> params, String name,
      java.util.List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      params.add(name + "[" + i + "]", lines.get(i));
    }
  }

  private static void rows(MultiValueMap<String, String> params, String name,
      java.util.List<BlockRow> rows) {
    for (int i = 0; i < rows.size(); i++) {
      BlockRow row = rows.get(i);
      String prefix = name + "[" + i + "].";
      params.add(prefix + "depth", String.valueOf(row.getDepth()));
      params.add(prefix + "kind", row.getKind());
      params.add(prefix + "number", row.getNumber());
      params.add(prefix + "title", row.getTitle());
      params.add(prefix + "text", row.getText());
    }
  }
}
