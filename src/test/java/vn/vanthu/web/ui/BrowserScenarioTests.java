package vn.vanthu.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.vanthu.access.Clearance;
import vn.vanthu.access.Role;
import vn.vanthu.access.UserAccounts;
import vn.vanthu.archive.Archive;
import vn.vanthu.archive.ArchiveSearch;
import vn.vanthu.archive.ArchivedDocument;
import vn.vanthu.archive.DocumentIssuing;
import vn.vanthu.document.DocumentReader;

/**
 * The issue's scenarios in a real browser (Debian's Chromium, headless), against the whole
 * application on a fresh archive holding the numbered samples. Every page visited is saved as a
 * screenshot under {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserScenarioTests {

  private static final String PASSWORD = "browser-test-" + UUID.randomUUID();
  private static final String SECRET_TITLE =
      "Kết quả kiểm tra công tác bảo vệ bí mật nhà nước năm 2024";
  private static final String PLAN_TITLE =
      "Thông tin đối ngoại của Bảo hiểm xã hội Việt Nam giai đoạn 2013 - 2020";

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws IOException {
    Path dataDir = Files.createTempDirectory("vanthu-browser-");
    registry.add("vanthu.data-dir", dataDir::toString);
    registry.add("vanthu.load-samples", () -> "false");
    registry.add("vanthu.admin.password", () -> UUID.randomUUID().toString());
  }

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;
  @Autowired DocumentIssuing issuing;
  @Autowired ArchiveSearch search;
  @Autowired Archive archive;

  private Chromium browser;

  @BeforeAll
  void archiveAndStart() throws IOException {
    try (Stream<Path> samples = Files.list(UiTestSupport.BASE.resolve("samples"))) {
      for (Path sample : samples.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        byte[] json = Files.readAllBytes(sample);
        // The 813 decision is what the clerk issues from the compose page.
        if (!sample.getFileName().toString().startsWith("quyet-dinh-813")
            && !new DocumentReader().read(json).isDraft()) {
          issuing.archiveNumbered(json, "test");
        }
      }
    }
    search.refresh();
    accounts.add("van-thu", Role.CLERK, Clearance.NONE, PASSWORD);
    accounts.add("can-bo", Role.STAFF, Clearance.NONE, PASSWORD);
    accounts.add("can-bo-mat", Role.STAFF, Clearance.MAT, PASSWORD);
    browser = Chromium.start("http://127.0.0.1:" + port);
  }

  @AfterEach
  void signOut() {
    browser.driver.manage().deleteAllCookies();
  }

  @AfterAll
  void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  /** A clerk loads the 813 decision on the compose page, issues it and downloads its PDF. */
  @Test
  @Order(1)
  void clerkIssuesThe813DecisionAndDownloadsIt() throws IOException {
    browser.login("van-thu", PASSWORD);
    browser.open("/compose");
    browser.waitFor(By.id("compose-form"));
    browser.screenshot("compose-empty");
    new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("sample")))
        .selectByValue("quyet-dinh-813-bhxh");
    browser.driver.findElement(By.id("load-sample")).click();
    browser.waitFor(By.id("issue"));
    browser.screenshot("compose-813");
    browser.driver.findElement(By.id("issue")).click();
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
        .until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent()).accept();
    WebElement number = browser.waitFor(By.id("doc-number"));
    browser.screenshot("document-813-issued");
    assertThat(browser.driver.getCurrentUrl()).contains("/documents/");
    assertThat(browser.driver.findElement(By.id("doc-title")).getText())
        .contains("Kế hoạch thông tin đối ngoại");
    String id = browser.driver.getCurrentUrl().replaceAll(".*/documents/([^/?#]+).*", "$1");
    ArchivedDocument issued = archive.all().stream().filter(d -> d.id().equals(id)).findFirst()
        .orElseThrow();
    assertThat(number.getText()).contains(issued.numberText());
    assertThat(issued.numberText()).endsWith("/QĐ-BHXH");

    String href = browser.driver.findElement(By.id("download-pdf")).getAttribute("href");
    HttpResponse<byte[]> download = browser.fetch(href);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith(
        "application/pdf");
    byte[] pdf = download.body();
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      assertThat(text).contains("Số: " + issued.numberText())
          .contains("KẾ HOẠCH").contains("Thông tin đối ngoại");
    }
  }

  /** Staff search without diacritics, find the plan first, and open it. */
  @Test
  @Order(2)
  void staffSearchesThePlanAndOpensIt() {
    ensureThe813DecisionIsArchived();
    browser.login("can-bo", PASSWORD);
    browser.open("/search");
    browser.screenshot("search-empty");
    WebElement box = browser.driver.findElement(By.id("q"));
    box.sendKeys("ke hoach thong tin doi ngoai");
    browser.driver.findElement(By.id("search-submit")).click();
    WebElement first = browser.waitFor(By.cssSelector("#hit-1"));
    browser.screenshot("search-plan");
    assertThat(browser.driver.getCurrentUrl()).contains("q=ke+hoach+thong+tin+doi+ngoai");
    assertThat(first.findElement(By.className("hit-title")).getText()).isEqualTo(PLAN_TITLE);
    assertThat(first.findElements(By.cssSelector(".snippet mark"))).isNotEmpty();
    WebElement thumbnail = first.findElement(By.cssSelector(".thumb img"));
    Object width = browser.driver.executeScript(
        "return arguments[0].complete ? arguments[0].naturalWidth : -1", thumbnail);
    assertThat(((Number) width).intValue()).isGreaterThan(100);

    first.findElement(By.className("hit-link")).click();
    browser.waitFor(By.tagName("main"));
    browser.screenshot("document-plan");
    assertThat(browser.driver.getCurrentUrl()).contains("/documents/");
    assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains(PLAN_TITLE);
  }

  /**
   * Staff without clearance search for a word only the Mật notice has: no hit, no facet count, no
   * snippet; a direct link to it answers 404. Staff cleared for Mật find it (so the word is there).
   */
  @Test
  @Order(3)
  void staffWithoutClearanceFindNothingOfTheSecretDocument() {
    ArchivedDocument secret = archive.all().stream()
        .filter(d -> SECRET_TITLE.equals(d.title())).findFirst().orElseThrow();

    browser.login("can-bo-mat", PASSWORD);
    browser.open("/search?q=Internet");
    browser.waitFor(By.id("hit-1"));
    browser.screenshot("search-secret-cleared");
    assertThat(browser.driver.findElement(By.id("hit-1")).getText()).contains(SECRET_TITLE);
    browser.open("/search?q=bao+hiem+xa+hoi");
    int clearedNotices = facetCount("type", "Thông báo");
    assertThat(facetCount("secrecy", "mat")).isEqualTo(1);
    browser.logout();

    browser.login("can-bo", PASSWORD);
    browser.open("/search?q=Internet");
    browser.waitFor(By.id("no-hits"));
    browser.screenshot("search-secret-hidden");
    assertThat(browser.driver.findElements(By.cssSelector(".hit"))).isEmpty();
    assertThat(browser.driver.findElements(By.cssSelector(".facet-count"))).isEmpty();
    assertThat(browser.driver.findElements(By.cssSelector("mark"))).isEmpty();
    assertThat(browser.driver.getPageSource()).doesNotContain("bí mật nhà nước")
        .doesNotContain(secret.id());
    assertThat(browser.driver.findElement(By.id("search-total")).getText()).startsWith("0");

    browser.open("/search?q=bao+hiem+xa+hoi");
    browser.screenshot("search-facets-uncleared");
    assertThat(facetCount("secrecy", "mat")).isNull();
    assertThat(facetCount("type", "Thông báo")).isEqualTo(clearedNotices - 1);
    assertThat(browser.driver.getPageSource()).doesNotContain(SECRET_TITLE);

    browser.open("/documents/" + secret.id());
    browser.screenshot("document-secret-404");
    assertThat(browser.driver.findElement(By.id("error-status")).getText()).isEqualTo("404");
    assertThat(browser.driver.getPageSource()).doesNotContain(SECRET_TITLE);
    for (String path : List.of("/documents/" + secret.id(), "/documents/" + secret.id() + "/pdf",
        "/search/thumbnails/" + secret.id())) {
      assertThat(browser.fetch(path).statusCode()).as(path).isEqualTo(404);
    }
  }

  /**
   * A clerk imports files (one new, one already there, one unreadable), sees each result and why,
   * then corrects the detected metadata: a form with errors shows each message beside its field.
   */
  @Test
  @Order(4)
  void clerkImportsFilesAndCorrectsTheirMetadata() throws IOException {
    Path folder = Files.createTempDirectory("vanthu-upload-");
    Path letter = folder.resolve("cong-van-tiep-dan.txt");
    Files.writeString(letter, """
        BẢO HIỂM XÃ HỘI VIỆT NAM
        Số: 77/BHXH-VP
        Hà Nội, ngày 12 tháng 4 năm 2019
        Về việc lịch tiếp công dân quý II
        Bảo hiểm xã hội Việt Nam thông báo lịch tiếp công dân tại trụ sở cơ quan quetzalcoatl.
        KT. TỔNG GIÁM ĐỐC
        PHÓ TỔNG GIÁM ĐỐC
        Nguyễn Văn Bình
        """, StandardCharsets.UTF_8);
    Path broken = folder.resolve("hong.pdf");
    Files.write(broken, "%PDF-1.7 this is not really a PDF".getBytes(StandardCharsets.UTF_8));
    Path again = folder.resolve("bao-cao.json");
    Files.copy(UiTestSupport.BASE.resolve("samples/bao-cao-ttdn-2013-2017.json"), again);

    browser.login("van-thu", PASSWORD);
    browser.open("/import");
    browser.screenshot("import-form");
    browser.driver.findElement(By.id("upload-submit")).click();
    browser.waitFor(By.id("files-error"));
    browser.screenshot("import-no-files");

    browser.driver.findElement(By.id("files")).sendKeys(
        letter + "\n" + broken + "\n" + again);
    browser.driver.findElement(By.id("upload-submit")).click();
    browser.waitFor(By.id("import-results"));
    browser.screenshot("import-results");
    assertThat(browser.driver.getCurrentUrl()).contains("/import?batch=");
    assertThat(status("cong-van-tiep-dan.txt")).isEqualTo("imported");
    assertThat(status("hong.pdf")).isEqualTo("unreadable");
    assertThat(status("bao-cao.json")).isEqualTo("duplicate");
    assertThat(result("hong.pdf").findElement(By.className("reason-text")).getText()).isNotBlank();
    assertThat(result("bao-cao.json").findElement(By.className("reason-text")).getText())
        .startsWith("already in the archive as");

    WebElement form = result("cong-van-tiep-dan.txt").findElement(By.tagName("form"));
    assertThat(form.findElement(By.name("number")).getAttribute("value")).isEqualTo("77/BHXH-VP");
    assertThat(form.findElement(By.name("date")).getAttribute("value")).isEqualTo("2019-04-12");
    assertThat(form.getText()).contains("độ tin cậy");
    form.findElement(By.name("issuer")).clear();
    WebElement title = form.findElement(By.name("title"));
    title.clear();
    browser.driver.executeScript("arguments[0].value = arguments[1]", title, "x".repeat(2001));
    form.findElement(By.cssSelector("button[type=submit]")).click();
    browser.waitFor(By.cssSelector(".metadata-form .field-error"));
    browser.screenshot("import-correction-errors");
    form = result("cong-van-tiep-dan.txt").findElement(By.tagName("form"));
    assertThat(errorBeside(form, "issuer")).contains("không được để trống");
    assertThat(errorBeside(form, "title")).contains("Dài quá mức");
    assertThat(form.findElements(By.className("field-error"))).hasSize(2);

    form.findElement(By.name("issuer")).sendKeys("Bảo hiểm xã hội Việt Nam");
    title = form.findElement(By.name("title"));
    title.clear();
    title.sendKeys("Lịch tiếp công dân quý II năm 2019");
    form.findElement(By.cssSelector("button[type=submit]")).click();
    browser.waitFor(By.cssSelector("#saved .notice.success"));
    browser.screenshot("import-correction-saved");
    assertThat(browser.driver.findElement(By.cssSelector("#saved textarea[name=title]"))
        .getAttribute("value")).isEqualTo("Lịch tiếp công dân quý II năm 2019");

    search.refresh();
    browser.open("/search?q=quetzalcoatl");
    browser.waitFor(By.id("hit-1"));
    browser.screenshot("search-corrected");
    assertThat(browser.driver.findElement(By.cssSelector("#hit-1 .hit-title")).getText())
        .isEqualTo("Lịch tiếp công dân quý II năm 2019");
  }

  /** Switching to English keeps the page and translates it. */
  @Test
  @Order(5)
  void pagesSwitchToEnglish() {
    browser.login("van-thu", PASSWORD);
    browser.open("/search?lang=en");
    browser.waitFor(By.id("search-form"));
    browser.screenshot("search-english");
    assertThat(browser.driver.findElement(By.id("search-submit")).getText()).isEqualTo("Search");
    browser.open("/import");
    browser.screenshot("import-english");
    assertThat(browser.driver.findElement(By.id("upload-submit")).getText())
        .isEqualTo("Upload and import");
    browser.open("/search?lang=vi");
  }

  /** The decision and its plan: issued by the clerk's scenario, else archived here. */
  private void ensureThe813DecisionIsArchived() {
    if (archive.all().stream().noneMatch(d -> PLAN_TITLE.equals(d.title()))) {
      try {
        issuing.archiveNumbered(Files.readAllBytes(
            UiTestSupport.BASE.resolve("samples/quyet-dinh-813-bhxh.json")), "test");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      search.refresh();
    }
  }

  /**
   * The communications team starts from a sample leaflet, leaves an English heading out and is
   * shown where, puts it back, previews both printed sides, and reads the page in English.
   */
  @Test
  @Order(6)
  void commsEditsALeafletSideBySideAndPreviewsIt() {
    accounts.add("truyen-thong", Role.COMMS, Clearance.NONE, PASSWORD);
    browser.login("truyen-thong", PASSWORD);
    browser.waitFor(By.id("leaflet-editor"));
    assertThat(browser.driver.getCurrentUrl()).endsWith("/leaflets");
    browser.screenshot("leaflets-sample");
    WebElement english = browser.driver.findElement(By.id("panels-1-blocks-0-en"));
    assertThat(english.getAttribute("value")).isEqualTo("Who is it for?");
    english.clear();
    browser.driver.findElement(By.id("check")).click();
    WebElement error = browser.waitFor(By.id("error-panels-1-blocks-0-en"));
    browser.screenshot("leaflets-missing-english");
    assertThat(error.getText()).contains("Thiếu bản tiếng Anh");
    assertThat(browser.driver.findElement(By.id("leaflet-problems")).getText())
        .contains("Mặt 2 (trong, bên trái) · Khối 1: tiêu đề");
    browser.driver.findElement(By.id("panels-1-blocks-0-en")).sendKeys("Who is it for?");
    browser.driver.findElement(By.id("preview")).click();
    browser.waitFor(By.id("side-2"));
    browser.screenshot("leaflets-preview");
    assertThat(browser.driver.findElements(By.id("leaflet-problems"))).isEmpty();
    Object width = browser.driver.executeScript(
        "return document.querySelector('#side-1 img').naturalWidth");
    assertThat(((Number) width).intValue()).isGreaterThan(1000);
    browser.open("/leaflets?sample=vss-booklet&lang=en");
    browser.waitFor(By.id("imposed"));
    browser.screenshot("leaflets-booklet-en");
    assertThat(browser.driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Vietnamese–English leaflets and booklets");
    browser.open("/leaflets?lang=vi");
  }

  private Integer facetCount(String facet, String value) {
    List<WebElement> values = browser.driver.findElements(By.cssSelector(
        "#facet-" + facet + " [data-value='" + value + "'] .facet-count"));
    return values.isEmpty() ? null : Integer.valueOf(values.get(0).getText());
  }

  private WebElement result(String source) {
    return browser.driver.findElement(By.cssSelector(".result[data-source='" + source + "']"));
  }

  private String status(String source) {
    return result(source).getAttribute("data-status");
  }

  /** The error message inside the same field as the named input. */
  private static String errorBeside(WebElement form, String name) {
    WebElement field = form.findElement(By.xpath(
        ".//*[@name='" + name + "']/ancestor::div[contains(@class,'field')][1]"));
    assertThat(field.getAttribute("class")).contains("invalid");
    return field.findElement(By.className("field-error")).getText();
  }
}
