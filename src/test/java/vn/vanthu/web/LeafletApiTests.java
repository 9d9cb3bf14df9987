package vn.vanthu.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vanthu.access.Clearance;
import vn.vanthu.access.Role;
import vn.vanthu.access.UserAccounts;

/**
 * {@code POST /api/leaflets} over real HTTP: the print-ready PDF for the communications team, its
 * pictures sent as multipart parts; {@code 403} for other roles; {@code 400} with an RFC 9457
 * problem naming the field for a leaflet that fails a check.
 */
class LeafletApiTests extends ApiTestContext {

  private static final Path BASE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
  private static final Path LEAFLETS = BASE.resolve("samples/leaflets");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String BOUNDARY = "vanthu-leaflet-boundary";

  private static String commsToken;
  private static String staffToken;

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;

  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeEach
  void users() {
    if (commsToken == null) {
      String suffix = UUID.randomUUID().toString().substring(0, 8);
      accounts.add("comms-" + suffix, Role.COMMS, Clearance.NONE);
      commsToken = accounts.newToken("comms-" + suffix);
      accounts.add("staff-" + suffix, Role.STAFF, Clearance.NONE);
      staffToken = accounts.newToken("staff-" + suffix);
    }
  }

  private HttpResponse<byte[]> post(String query, String token, String contentType, byte[] body) {
    HttpRequest request = HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/api/leaflets" + query))
        .timeout(Duration.ofMinutes(2))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<byte[]> postJson(String token, byte[] json) {
    return post("", token, "application/json", json);
  }

  /** A multipart body: the leaflet's JSON, then each picture under its file name. */
  private static byte[] multipart(byte[] json, Map<String, byte[]> images) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    part(body, "leaflet", "leaflet.json", "application/json", json);
    images.forEach((name, bytes) -> part(body, "images", name, "image/png", bytes));
    body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return body.toByteArray();
  }

  private static void part(ByteArrayOutputStream body, String name, String filename, String type,
      byte[] bytes) {
    body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name
        + "\"; filename=\"" + filename + "\"\r\nContent-Type: " + type + "\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(bytes);
    body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] sample(String name) throws IOException {
    return Files.readAllBytes(LEAFLETS.resolve(name + ".json"));
  }

  private static byte[] image(String name) throws IOException {
    return Files.readAllBytes(LEAFLETS.resolve("images").resolve(name));
  }

  private static List<Map<String, String>> errors(HttpResponse<byte[]> response) throws IOException {
    assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8))
        .isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    JsonNode problem = MAPPER.readTree(response.body());
    assertThat(problem.path("type").asText()).isEqualTo("urn:vanthu:problem:invalid-document");
    List<Map<String, String>> errors = new ArrayList<>();
    problem.path("errors").forEach(e -> errors.add(Map.of("field", e.path("field").asText(),
        "reason", e.path("reason").asText())));
    return errors;
  }

  private static String pdfText(HttpResponse<byte[]> response) throws IOException {
    assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8))
        .isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/pdf");
    try (PDDocument pdf = Loader.loadPDF(response.body())) {
      return new PDFTextStripper().getText(pdf);
    }
  }

  @Test
  void theTrifoldWithItsPictureRendersToAPdfForTheCommunicationsTeam() throws IOException {
    byte[] body = multipart(sample("foreign-workers"), Map.of("workers.png", image("workers.png")));

    String text = pdfText(post("?bleed=true", commsToken,
        "multipart/form-data; boundary=" + BOUNDARY, body));

    assertThat(text).contains("Người lao động nước").contains("Foreign workers in Vietnam");
  }

  @Test
  void theBookletIsImposedOnRequest() throws IOException {
    byte[] body = multipart(sample("vss-booklet"),
        Map.of("images/cooperation.png", image("cooperation.png")));

    HttpResponse<byte[]> response = post("?imposed=true", commsToken,
        "multipart/form-data; boundary=" + BOUNDARY, body);

    pdfText(response);
    try (PDDocument sheets = Loader.loadPDF(response.body())) {
      assertThat(sheets.getNumberOfPages()).isEqualTo(4);
    }
  }

  @Test
  void aLeafletWithoutPicturesRendersFromTheBodyAlone() throws IOException {
    ObjectNode root = (ObjectNode) MAPPER.readTree(sample("english-portal"));
    ((com.fasterxml.jackson.databind.node.ArrayNode) root.withArray("panels").get(2)
        .withArray("blocks")).remove(0);

    assertThat(pdfText(postJson(commsToken, MAPPER.writeValueAsBytes(root))))
        .contains("Cổng thông tin điện tử");
  }

  @Test
  void aPictureNotSentIsAProblemNamingItsField() throws IOException {
    assertThat(errors(postJson(commsToken, sample("foreign-workers")))).containsExactly(Map.of(
        "field", "panels[0].blocks[0].file",
        "reason", "panel 1 (front cover), block 1 (image): the image file images/workers.png was "
            + "not found"));
  }

  @Test
  void aMissingEnglishTextIsAProblemNamingItsField() throws IOException {
    ObjectNode root = (ObjectNode) MAPPER.readTree(sample("foreign-workers"));
    ((ObjectNode) root.withArray("panels").get(3).withArray("blocks").get(0)).remove("en");
    byte[] body = multipart(MAPPER.writeValueAsBytes(root),
        Map.of("workers.png", image("workers.png")));

    assertThat(errors(post("", commsToken, "multipart/form-data; boundary=" + BOUNDARY, body)))
        .containsExactly(Map.of("field", "panels[3].blocks[0].en",
            "reason", "panel 4 (inside right), block 1 (heading): the English text is missing"));
  }

  @Test
  void aPictureBelow300DpiIsAProblemNamingItsField() throws IOException {
    java.awt.image.BufferedImage small = new java.awt.image.BufferedImage(300, 206,
        java.awt.image.BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    javax.imageio.ImageIO.write(small, "png", png);
    byte[] body = multipart(sample("foreign-workers"), Map.of("workers.png", png.toByteArray()));

    List<Map<String, String>> errors = errors(post("", commsToken,
        "multipart/form-data; boundary=" + BOUNDARY, body));

    assertThat(errors).hasSize(1);
    assertThat(errors.getFirst().get("field")).isEqualTo("panels[0].blocks[0].file");
    assertThat(errors.getFirst().get("reason")).startsWith("panel 1 (front cover), block 1 "
        + "(image): the image images/workers.png has 90 dpi at its printed size of 83.8 × ")
        .endsWith("print needs 300 dpi, at least 990 × 680 px (it has 300 × 206)");
  }

  @Test
  void aBadFlagIsAProblem() throws IOException {
    assertThat(errors(post("?bleed=yes", commsToken, "application/json",
        sample("english-portal")))).containsExactly(Map.of("field", "bleed",
            "reason", "must be true or false (was 'yes')"));
  }

  @Test
  void staffMayNotMakeLeaflets() {
    HttpResponse<byte[]> response = postJson(staffToken, "{}".getBytes(StandardCharsets.UTF_8));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
  }
}
