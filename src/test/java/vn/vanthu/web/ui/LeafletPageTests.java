package vn.vanthu.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import vn.vanthu.access.Role;

/**
 * The leaflet page: who may use it, the side-by-side form made from a sample, each check's
 * problem beside its field, the preview of each printed side and the PDF downloads.
 */
class LeafletPageTests extends UiTestSupport {

  private static final double POINTS_PER_MM = 72 / 25.4;

  @Test
  void theCommunicationsTeamOpensASampleOthersMayNot() throws Exception {
    String page = mvc.perform(get("/leaflets").param("sample", "english-portal")
        .with(as(Role.COMMS))).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString();
    assertThat(page).contains("id=\"leaflet-form\"", "id=\"title-vi\"", "id=\"title-en\"",
        "id=\"panels-1-blocks-0-vi\"", "id=\"panels-1-blocks-0-en\"", "Dành cho ai?",
        "Who is it for?", "id=\"panels-2-blocks-0-file\"", "id=\"layout\"", "id=\"export\"",
        "name=\"_csrf\"");
    mvc.perform(get("/leaflets").with(as(Role.ADMIN))).andExpect(status().isOk());
    mvc.perform(get("/leaflets").with(as(Role.STAFF))).andExpect(status().isForbidden());
    mvc.perform(get("/leaflets").with(as(Role.CLERK))).andExpect(status().isForbidden());
    mvc.perform(post("/leaflets").with(as(Role.CLERK)).with(csrf())).andExpect(status().isForbidden());
  }

  @Test
  void theFormPostedBackAsItIsGivesTheSameLeaflet() throws Exception {
    for (String sample : List.of("english-portal", "foreign-workers", "vss-booklet")) {
      String page = mvc.perform(get("/leaflets").param("sample", sample).with(as(Role.COMMS)))
          .andReturn().getResponse().getContentAsString();
      MockHttpServletRequestBuilder request = post("/leaflets").param("action", "to-json")
          .with(as(Role.COMMS)).with(csrf());
      List<String[]> fields = fields(page);
      assertThat(fields).as("the texts of %s", sample).hasSizeGreaterThan(30);
      for (String[] field : fields) {
        request.param(field[0], field[1]);
      }
      String again = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
          .getContentAsString();
      ObjectMapper mapper = new ObjectMapper();
      assertThat(mapper.readTree(base(again))).as(sample)
          .isEqualTo(mapper.readTree(Files.readAllBytes(BASE.resolve("samples/leaflets/" + sample
              + ".json"))));
    }
  }

  @Test
  void aMissingEnglishTextIsShownBesideItsFieldAndInTheList() throws Exception {
    String page = content(edit("english-portal", "check").param("f:panels[1].blocks[0].en", ""));
    assertThat(error(page, "panels-1-blocks-0-en")).isEqualTo("Thiếu bản tiếng Anh.");
    assertThat(page).contains("id=\"leaflet-problems\"", "href=\"#panels-1-blocks-0-en\"",
        "Mặt 2 (trong, bên trái) · Khối 1: tiêu đề").doesNotContain("id=\"leaflet-valid\"");
    String english = content(edit("english-portal", "check").param("f:panels[1].blocks[0].en", "")
        .param("lang", "en"));
    assertThat(error(english, "panels-1-blocks-0-en")).isEqualTo("The English text is missing.");
    assertThat(english).contains("Panel 2 (inside left) · Block 1: heading");
  }

  @Test
  void aTermTranslatedAgainstTheGlossaryIsShownBesideTheEnglish() throws Exception {
    String page = content(edit("english-portal", "check").param("f:panels[2].blocks[4].en",
        "Every year, Vietnam Social Insurance holds a dialogue conference."));
    assertThat(error(page, "panels-2-blocks-4-en")).startsWith("Theo bảng thuật ngữ")
        .contains("Vietnam Social Security");
  }

  @Test
  void aPanelThatOverflowsSaysByHowMuch() throws Exception {
    String text = "Bảo hiểm xã hội là sự bảo đảm thay thế hoặc bù đắp một phần thu nhập. ".repeat(26);
    String page = content(edit("english-portal", "check").param("f:panels[0].blocks[0].vi", text)
        .param("f:panels[0].blocks[0].en", text.replace("Bảo hiểm xã hội", "Social insurance")));
    assertThat(error(page, "panels-0")).matches("Nội dung tràn khỏi mặt \\d+\\.\\d mm: cần rút ngắn\\.");
    assertThat(page).contains("href=\"#panels-0\"", "Mặt 1 (bìa trước)");
  }

  @Test
  void anUploadedPictureWithTooFewPixelsIsReportedAtItsFile() throws Exception {
    BufferedImage tiny = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(tiny, "png", png);
    String page = content(multipart("/leaflets")
        .file(new MockMultipartFile("images", "portal.png", "image/png", png.toByteArray()))
        .param("base", sample("english-portal")).param("action", "upload")
        .with(as(Role.ADMIN)).with(csrf()));
    assertThat(error(page, "panels-2-blocks-0-file")).startsWith("Ảnh images/portal.png chỉ đạt")
        .contains("300 dpi", "40 × 30");
    assertThat(page).contains("<li>portal.png</li>");
  }

  @Test
  void aValidLeafletChecksCleanAndPreviewsEachSide() throws Exception {
    assertThat(content(edit("english-portal", "check"))).contains("id=\"leaflet-valid\"")
        .doesNotContain("id=\"leaflet-problems\"");
    String page = content(edit("english-portal", "preview"));
    assertThat(page).contains("id=\"side-1\"", "id=\"side-2\"").doesNotContain("id=\"side-3\"");
    List<byte[]> images = new ArrayList<>();
    Matcher data = Pattern.compile("src=\"data:image/png;base64,([^\"]+)\"").matcher(page);
    while (data.find()) {
      images.add(java.util.Base64.getDecoder().decode(data.group(1)));
    }
    assertThat(images).hasSize(2);
    BufferedImage outside = ImageIO.read(new java.io.ByteArrayInputStream(images.getFirst()));
    // A4 landscape at 100 dpi
    assertThat(outside.getWidth()).isBetween(1168, 1170);
    assertThat(outside.getHeight()).isBetween(826, 828);
  }

  @Test
  void theExportIsAPdfInBothLanguagesAndTheBleedAddsSixMillimetres() throws Exception {
    MockHttpServletResponse trimmed = mvc.perform(edit("english-portal", "export")
        .param("f:panels[1].blocks[0].vi", "Ai được phục vụ?")).andExpect(status().isOk())
        .andReturn().getResponse();
    assertThat(trimmed.getContentType()).isEqualTo("application/pdf");
    assertThat(trimmed.getHeader("Content-Disposition")).startsWith("attachment")
        .contains("leaflet.pdf");
    MockHttpServletResponse bleed = mvc.perform(edit("english-portal", "export")
        .param("bleed", "true")).andExpect(status().isOk()).andReturn().getResponse();
    assertThat(bleed.getHeader("Content-Disposition")).contains("leaflet-print.pdf");
    try (PDDocument plain = Loader.loadPDF(trimmed.getContentAsByteArray());
        PDDocument print = Loader.loadPDF(bleed.getContentAsByteArray())) {
      String text = new PDFTextStripper().getText(plain);
      assertThat(text).contains("Ai được phục vụ?", "Who is it for?", "BẢO HIỂM XÃ HỘI VIỆT NAM",
          "VIETNAM SOCIAL SECURITY");
      PDRectangle page = plain.getPage(0).getMediaBox();
      PDRectangle bled = print.getPage(0).getBleedBox();
      assertThat((double) (bled.getWidth() - page.getWidth())).isCloseTo(6 * POINTS_PER_MM,
          org.assertj.core.data.Offset.offset(0.1));
      assertThat((double) (bled.getHeight() - page.getHeight())).isCloseTo(6 * POINTS_PER_MM,
          org.assertj.core.data.Offset.offset(0.1));
    }
  }

  @Test
  void aBookletExportsItsImposedSheetsALeafletSaysItHasNone() throws Exception {
    MockHttpServletResponse imposed = mvc.perform(edit("vss-booklet", "export")
        .param("imposed", "true")).andExpect(status().isOk()).andReturn().getResponse();
    assertThat(imposed.getHeader("Content-Disposition")).contains("leaflet-imposed.pdf");
    try (PDDocument sheets = Loader.loadPDF(imposed.getContentAsByteArray())) {
      // eight A5 pages, two to a side of an A4 sheet: two sheets, four sides
      assertThat(sheets.getNumberOfPages()).isEqualTo(4);
      assertThat(sheets.getPage(0).getMediaBox().getWidth()).isGreaterThan(800);
    }
    String page = content(edit("english-portal", "export").param("imposed", "true"));
    assertThat(error(page, "imposed")).startsWith("Chỉ sách A5 mới cần bình trang");
  }

  @Test
  void badJsonIsReportedWithItsLineAndKeptForEditing() throws Exception {
    String page = content(post("/leaflets").param("action", "apply-json")
        .param("json", "{\"layout\": \"a4-bifold\",\n  \"title\": }").with(as(Role.COMMS))
        .with(csrf()));
    assertThat(page).contains("id=\"raw-json\" open", "&quot;title&quot;: }");
    String checked = content(post("/leaflets").param("action", "check")
        .param("base", "{\"layout\": \"a4-bifold\",\n  \"title\": }").with(as(Role.COMMS))
        .with(csrf()));
    assertThat(checked).contains("Không phải JSON hợp lệ at line 2");
  }

  private MockHttpServletRequestBuilder edit(String sample, String action) throws Exception {
    return post("/leaflets").param("base", sample(sample)).param("action", action)
        .with(as(Role.COMMS)).with(csrf());
  }

  private static String sample(String name) throws Exception {
    return Files.readString(BASE.resolve("samples/leaflets/" + name + ".json"),
        StandardCharsets.UTF_8);
  }

  private String content(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  /** The first problem beside a field. */
  private static String error(String page, String fieldId) {
    Matcher matcher = Pattern.compile("id=\"error-" + Pattern.quote(fieldId)
        + "\"[^>]*>\\s*(?:<div class=\"field-error\">)?([^<]*)<").matcher(page);
    assertThat(matcher.find()).as("an error beside %s", fieldId).isTrue();
    return HtmlUtils.htmlUnescape(matcher.group(1)).strip();
  }

  private static String base(String page) {
    Matcher matcher = Pattern.compile("name=\"base\" id=\"base\" value=\"([^\"]*)\"").matcher(page);
    assertThat(matcher.find()).isTrue();
    return HtmlUtils.htmlUnescape(matcher.group(1));
  }

  /** The fields a browser posts: the hidden base, the selects' chosen options, the texts. */
  private static List<String[]> fields(String page) {
    List<String[]> fields = new ArrayList<>();
    fields.add(new String[] {"base", base(page)});
    Matcher input = Pattern.compile("<input[^>]*name=\"(f:[^\"]*)\"[^>]*value=\"([^\"]*)\"")
        .matcher(page);
    while (input.find()) {
      fields.add(new String[] {input.group(1), HtmlUtils.htmlUnescape(input.group(2))});
    }
    Matcher area = Pattern.compile("<textarea[^>]*name=\"(f:[^\"]*)\"[^>]*>([^<]*)</textarea>")
        .matcher(page);
    while (area.find()) {
      // a browser drops one newline after the start tag, and sends line ends as CR LF
      fields.add(new String[] {area.group(1),
          HtmlUtils.htmlUnescape(area.group(2)).replace("\n", "\r\n")});
    }
    for (String select : List.of("layout", "languages")) {
      Matcher chosen = Pattern.compile("<select id=\"" + select
          + "\" name=\"" + select + "\">.*?<option value=\"([^\"]*)\" selected", Pattern.DOTALL)
          .matcher(page);
      assertThat(chosen.find()).as(select).isTrue();
      fields.add(new String[] {select, chosen.group(1)});
    }
    return fields;
  }
}
