package vn.vanthu.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import vn.vanthu.access.Clearance;
import vn.vanthu.access.Role;

/**
 * The import page: each uploaded file's result (imported, duplicate, unreadable and why) on a
 * reloadable results page, and the correction form of each imported document, saved or shown back
 * with each error beside its field.
 */
class ImportPageTests extends ArchivePagesTestSupport {

  private static final String LETTER = """
      BẢO HIỂM XÃ HỘI VIỆT NAM
      Số: 45/TB-BHXH
      Hà Nội, ngày 02 tháng 6 năm 2021
      THÔNG BÁO
      Về việc lịch trực cơ quan
      Thông báo lịch trực của cơ quan trong dịp nghỉ lễ xylophonist.
      KT. TỔNG GIÁM ĐỐC
      PHÓ TỔNG GIÁM ĐỐC
      Nguyễn Văn Bình
      """;

  /** One upload, three outcomes, each with its own row; the page is a GET that can be reloaded. */
  @Test
  void uploadShowsEachFilesResult() throws Exception {
    MockHttpSession session = new MockHttpSession();
    String page = upload(session,
        new MockMultipartFile("files", "thong-bao.txt", "text/plain",
            LETTER.getBytes(StandardCharsets.UTF_8)),
        new MockMultipartFile("files", "scans/hong.pdf", "application/pdf",
            "%PDF-1.4 broken".getBytes(StandardCharsets.US_ASCII)),
        new MockMultipartFile("files", "mau/to-trinh.json", "application/json",
            Files.readAllBytes(BASE.resolve("samples/to-trinh-de-an-ttdn-2025-2030.json"))));
    assertThat(page).contains("Đã nhập: 1").contains("Đã có trong kho: 1")
        .contains("Không đọc được: 1")
        .contains("data-status=\"imported\" data-source=\"thong-bao.txt\"")
        .contains("data-status=\"unreadable\" data-source=\"scans/hong.pdf\"")
        .contains("data-status=\"duplicate\" data-source=\"mau/to-trinh.json\"")
        .contains("value=\"45/TB-BHXH\"").contains("value=\"2021-06-02\"")
        .contains("độ tin cậy");
  }

  /** No file chosen: the message stands beside the file field. */
  @Test
  void uploadWithoutFilesSaysSoBesideTheField() throws Exception {
    String page = mvc.perform(multipart("/import").file(new MockMultipartFile("files", "", null,
            new byte[0])).with(csrf()).with(as(Role.CLERK)))
        .andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("id=\"files-error\"").contains("Chưa chọn tệp nào");
  }

  /** A correction with errors names each field; a valid one is saved and shown as saved. */
  @Test
  void correctionShowsErrorsBesideFieldsThenSaves() throws Exception {
    MockHttpSession session = new MockHttpSession();
    String page = upload(session, new MockMultipartFile("files", "lich-truc.txt", "text/plain",
        LETTER.replace("45/TB", "46/TB").getBytes(StandardCharsets.UTF_8)));
    String action = page.replaceAll("(?s).*<form class=\"metadata-form form\" method=\"post\" novalidate"
        + "\\s+action=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
    assertThat(action).startsWith("/import/documents/").contains("batch=");

    String rejected = mvc.perform(post(action).session(session).with(csrf())
            .with(as(Role.CLERK)).param("number", "46/TB-BHXH").param("type", "Bài thơ")
            .param("date", "2021-13-01").param("issuer", "").param("title", "Lịch trực")
            .param("signer", "").param("place", "").param("classification", "mat"))
        .andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    assertThat(rejected).contains("Chưa lưu")
        .containsPattern("id=\"f1-type-error\">Loại văn bản không có trong danh mục")
        .containsPattern("id=\"f1-date-error\">Ngày không có thật")
        .containsPattern("id=\"f1-issuer-error\">Ô này không được để trống")
        .containsPattern("id=\"f1-classification-error\">Bạn không được xếp độ mật");

    MvcResult saved = mvc.perform(post(action).session(session).with(csrf())
            .with(as(Role.CLERK)).param("number", "46/TB-BHXH").param("type", "Thông báo")
            .param("date", "2021-06-03").param("issuer", "Bảo hiểm xã hội Việt Nam")
            .param("title", "Lịch trực dịp nghỉ lễ 2021").param("signer", "Nguyễn Văn Bình")
            .param("place", "Hà Nội").param("classification", ""))
        .andExpect(status().isFound()).andReturn();
    String location = saved.getResponse().getRedirectedUrl();
    assertThat(location).startsWith("/import?batch=").endsWith("#saved");
    String after = mvc.perform(get(location.replace("#saved", "")).session(session)
            .with(as(Role.CLERK))).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    assertThat(after).contains("id=\"saved\"").contains("Đã lưu thông tin đã sửa")
        .contains("value=\"2021-06-03\"").contains(">Lịch trực dịp nghỉ lễ 2021</textarea>")
        .contains("đã sửa");
  }

  /** The correction page of a document the clerk may not see, or one issued here, is a 404. */
  @Test
  void correctionOfHiddenOrIssuedDocumentsIsNotFound() throws Exception {
    String secret = archive.all().stream()
        .filter(d -> d.classification() != null).findFirst().orElseThrow().id();
    mvc.perform(get("/import/documents/" + secret).with(as(Role.CLERK, Clearance.NONE)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/import/documents/" + secret).with(as(Role.CLERK, Clearance.MAT)))
        .andExpect(status().isNotFound());
    mvc.perform(post("/import/documents/" + secret).with(csrf()).with(as(Role.CLERK))
        .param("issuer", "x")).andExpect(status().isNotFound());
    mvc.perform(get("/import").with(as(Role.STAFF))).andExpect(status().isForbidden());
  }

  private String upload(MockHttpSession session, MockMultipartFile... files) throws Exception {
    var request = multipart("/import");
    for (MockMultipartFile file : files) {
      request.file(file);
    }
    String location = mvc.perform(request.session(session).with(csrf()).with(as(Role.CLERK)))
        .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
    assertThat(location).startsWith("/import?batch=");
    return mvc.perform(get(location).session(session).with(as(Role.CLERK)))
        .andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }
}
