package vn.vanthu.web.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver: both named explicitly, so that
 * Selenium never looks for or downloads a browser or driver of its own. A fresh profile each time;
 * screenshots of whole pages into {@code target/screenshots/}.
 */
final class Chromium implements AutoCloseable {

  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = UiTestSupport.BASE.resolve("target/screenshots");

  final ChromeDriver driver;
  private final ChromeDriverService service;
  private final Path profile;
  private final String base;

  private Chromium(String base) throws IOException {
    this.base = base;
    this.profile = Files.createTempDirectory("vanthu-chromium-");
    this.service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().withLogFile(profile.resolve("chromedriver.log").toFile()).build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--window-size=1280,900",
        "--lang=vi-VN", "--user-data-dir=" + profile.resolve("profile"));
    this.driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  /**
   * Starts the browser for a server at {@code base}. Skips the test where Chromium or its driver
   * is not installed, except in CI ({@code CI=true}), where they are required.
   */
  static Chromium start(String base) throws IOException {
    if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
      String why = "the browser tests need " + BROWSER + " and " + DRIVER
          + " (Debian packages chromium and chromium-driver; .ci/run installs them)";
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError(why);
      }
      Assumptions.abort("skipped: " + why);
    }
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    Files.createDirectories(SCREENSHOTS);
    return new Chromium(base);
  }

  /** Opens a page of the server. */
  void open(String path) {
    driver.get(base + path);
  }

  /** Signs in through the login page. */
  void login(String username, String password) {
    open("/login");
    screenshot("login");
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("login-submit")).click();
    waitFor(By.id("logout"));
  }

  /** Signs out, so that the next login starts a new session. */
  void logout() {
    driver.findElement(By.id("logout")).click();
    waitFor(By.id("login-form"));
  }

  WebElement waitFor(By element) {
    return new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(ExpectedConditions.presenceOfElementLocated(element));
  }

  /** The whole page, not only the window, as {@code target/screenshots/NAME.png}. */
  void screenshot(String name) {
    @SuppressWarnings("unchecked")
    Map<String, Object> metrics = (Map<String, Object>) driver.executeCdpCommand(
        "Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
    Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"),
        "height", Math.min(size.get("height").doubleValue(), 8000), "scale", 1);
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
        Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    try {
      Files.write(SCREENSHOTS.resolve(name + ".png"),
          Base64.getDecoder().decode((String) shot.get("data")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fetches a URL with the browser's session cookie, as a download would. */
  HttpResponse<byte[]> fetch(String path) {
    String cookies = driver.manage().getCookies().stream()
        .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
              path.startsWith("http") ? path : base + path)).header("Cookie", cookies)
          .timeout(Duration.ofMinutes(1)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      service.stop();
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }
}
