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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vanthu.access.Clearance;
import vn.vanthu.access.Role;
import vn.vanthu.access.UserAccounts;
import vn.vanthu.document.DocumentReader;

/**
 * {@code POST /api/render} over real HTTP: a PDF for a valid document, RFC 9457 problem details
 * naming every bad field for an invalid one, and never a stack trace or an exception's name,
 * whatever the body, size, headers or caller.
 */
class RenderApiTests extends ApiTestContext {

  private static final Path BASE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
  private static final Path SAMPLE = BASE.resolve("samples/quyet-dinh-813-bhxh.json");
  private static final Path SEVERAL_BAD_FIELDS =
      BASE.resolve("src/test/resources/invalid/quyet-dinh-several-bad-fields.json");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String PROBLEM_JSON = "application/problem+json";

  private static String clerkToken;
  private static String staffToken;

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;

  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeEach
  void users() {
    if (clerkToken == null) {
      String suffix = UUID.randomUUID().toString().substring(0, 8);
      accounts.add("clerk-" + suffix, Role.CLERK, Clearance.NONE);
      clerkToken = accounts.newToken("clerk-" + suffix);
      accounts.add("staff-" + suffix, Role.STAFF, Clearance.NONE);
      staffToken = accounts.newToken("staff-" + suffix);
    }
  }

  // ---------------------------------------------------------------------------------------------

  private HttpResponse<byte[]> post(byte[] body, String... headers) {
    List<String> all = new ArrayList<>(List.of("Authorization", "Bearer " + clerkToken,
        "Content-Type", "application/json"));
    for (int i = 0; i < headers.length; i += 2) {
      int existing = all.indexOf(headers[i]);
      if (existing >= 0 && existing % 2 == 0) {
        all.remove(existing);
        all.remove(existing);
      }
      if (headers[i + 1] != null) {
        all.add(headers[i]);
        all.add(headers[i + 1]);
      }
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/render"))
        .timeout(Duration.ofMinutes(2))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (!all.isEmpty()) {
      request.headers(all.toArray(String[]::new));
    }
    return send(request.build());
  }

  private HttpResponse<byte[]> get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(1));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.GET().build());
  }

  private HttpResponse<byte[]> send(HttpRequest request) {
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      assertNoLeak(response);
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** No response, whatever its status, shows the server's insides. */
  private static void assertNoLeak(HttpResponse<byte[]> response) {
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    if (contentType.startsWith("application/pdf")) {
      return;
    }
    String body = new String(response.body(), StandardCharsets.UTF_8);
    assertThat(body).as("body of %s %s", response.statusCode(), response.request().uri())
        .doesNotContain("Exception")
        .doesNotContain("at vn.vanthu")
        .doesNotContain("\tat ")
        .doesNotContain("[Source:")
        .doesNotContain("\"trace\"")
        .doesNotContain("Whitelabel");
  }

  private static String contentType(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Type").orElse("(none)");
  }

  /** The start of a response's body, for assertion messages: never 16 MB of PDF. */
  private static String excerpt(HttpResponse<byte[]> response) {
    if (contentType(response).startsWith("application/pdf")) {
      return "a PDF of " + response.body().length + " bytes";
    }
    String body = new String(response.body(), StandardCharsets.UTF_8);
    return body.length() > 600 ? body.substring(0, 600) + "…" : body;
  }

  private static JsonNode problem(HttpResponse<byte[]> response, int status) throws IOException {
    assertThat(response.statusCode())
        .as("status; %s; body: %s", contentType(response), excerpt(response))
        .isEqualTo(status);
    assertThat(contentType(response)).startsWith(PROBLEM_JSON);
    JsonNode problem = MAPPER.readTree(response.body());
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("title").asText()).isNotBlank();
    return problem;
  }

  private static List<Map<String, String>> errors(JsonNode problem) {
    assertThat(problem.path("type").asText()).isEqualTo("urn:vanthu:problem:invalid-document");
    assertThat(problem.path("title").asText()).isEqualTo("Invalid document");
    List<Map<String, String>> errors = new ArrayList<>();
    for (JsonNode error : problem.path("errors")) {
      assertThat(error.size()).as("fields of %s", error).isEqualTo(2);
      errors.add(Map.of("field", error.path("field").asText(),
          "reason", error.path("reason").asText()));
    }
    assertThat(problem.path("detail").asText())
        .isEqualTo(errors.size() + " field(s) of the document are not valid");
    return errors;
  }

  private static Map<String, String> error(String field, String reason) {
    return Map.of("field", field, "reason", reason);
  }

  private static byte[] sample() throws IOException {
    return Files.readAllBytes(SAMPLE);
  }

  private static void assertPdf(HttpResponse<byte[]> response) {
    assertThat(response.statusCode())
        .as("status; %s; body: %s", contentType(response), excerpt(response))
        .isEqualTo(200);
    assertThat(contentType(response)).startsWith("application/pdf");
    assertThat(new String(response.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
  }

  // ---------------------------------------------------------------------------------------------

  @Test
  void the813DecisionRendersToAPdf() throws IOException {
    assertPdf(post(sample()));
  }

  @Test
  void theContentTypeOfTheRequestDoesNotMatter() throws IOException {
    assertPdf(post(sample(), "Content-Type", "text/plain;charset=UTF-8"));
    assertPdf(post(sample(), "Content-Type", null));
  }

  @Test
  void malformedJsonIsAProblemNamingTheWholeInput() throws IOException {
    JsonNode problem = problem(post("{\"type\": \"quyet-dinh\",}".getBytes(StandardCharsets.UTF_8)),
        400);
    assertThat(errors(problem)).containsExactly(error("$", "is not well-formed JSON at line 1, "
        + "column 23: Unexpected character ('}' (code 125)): was expecting double-quote to start "
        + "field name"));
  }

  @Test
  void truncatedJsonIsAProblem() throws IOException {
    byte[] sample = sample();
    JsonNode problem = problem(post(Arrays.copyOf(sample, sample.length / 2)), 400);
    List<Map<String, String>> errors = errors(problem);
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).get("field")).isEqualTo("$");
    assertThat(errors.get(0).get("reason")).startsWith("is not well-formed JSON at line ")
        .contains("Unexpected end-of-input");
  }

  @Test
  void emptyBodyIsAProblem() throws IOException {
    assertThat(errors(problem(post(new byte[0]), 400)))
        .containsExactly(error("$", "must be a JSON object"));
  }

  @Test
  void malformedJsonIsAProblemWhateverTheClientAccepts() throws IOException {
    byte[] malformed = "{\"type\": ".getBytes(StandardCharsets.UTF_8);
    for (String accept : new String[] {"application/pdf", "*/*",
        "application/pdf, application/problem+json", "text/html, application/pdf;q=0.9"}) {
      HttpResponse<byte[]> response = post(malformed, "Accept", accept);
      assertThat(errors(problem(response, 400))).as("Accept: %s", accept).hasSize(1);
    }
  }

  @Test
  void aClientThatCannotTakeAPdfGetsAProblemNotAPage() throws IOException {
    for (String accept : new String[] {"application/json", "text/html"}) {
      HttpResponse<byte[]> response = post(sample(), "Accept", accept);
      assertThat(response.statusCode()).as("Accept: %s", accept).isEqualTo(406);
      assertThat(contentType(response)).as("Accept: %s", accept).doesNotStartWith("text/html");
    }
  }

  @Test
  void aDocumentWithSeveralBadFieldsListsEachOfThem() throws IOException {
    JsonNode problem = problem(post(Files.readAllBytes(SEVERAL_BAD_FIELDS)), 400);
    assertThat(errors(problem)).containsExactly(
        error("issuer.abbreviation", "must be letters and digits only, e.g. BHXH (was 'BH XH')"),
        error("number", "must be between 1 and 999999 (was 0)"),
        error("date", "2013-02-31 is not a date in the calendar"),
        error("legalBases[1]", "must be a string"),
        error("body[0]", "a clause (khoản) must stand inside an article (Điều), not at the top "
            + "of the body"),
        error("signature.principal", "is required with the authority KT."),
        error("urgency", "is not a known value 'gap'; expected one of khan, thuong-khan, hoa-toc"));
  }

  @Test
  void aTenMegabyteSubjectIsAProblem() throws IOException {
    ObjectNode document = (ObjectNode) MAPPER.readTree(sample());
    int length = 10 * 1024 * 1024;
    document.put("subject", "a".repeat(length));
    JsonNode problem = problem(post(MAPPER.writeValueAsBytes(document)), 400);
    assertThat(errors(problem)).containsExactly(
        error("subject", "is too long (" + length + " characters; at most 1000)"));
  }

  private static byte[] concat(byte[] first, byte[] second) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(first.length + second.length);
    out.writeBytes(first);
    out.writeBytes(second);
    return out.toByteArray();
  }

  private static byte[] blanksOver16Megabytes() {
    byte[] padding = new byte[DocumentReader.MAX_INPUT_BYTES + 1];
    Arrays.fill(padding, (byte) ' ');
    return padding;
  }

  @Test
  void inputOver16MegabytesIsAProblem() throws IOException {
    assertThat(errors(problem(post(concat(sample(), blanksOver16Megabytes())), 400)))
        .as("the document, then 16 MB of spaces")
        .containsExactly(error("$", "the input is larger than 16 MB"));
  }

  @Test
  void inputOver16MegabytesIsAProblemEvenWhenItsTailIsADocument() throws IOException {
    // The first 16 MB + 1 byte are blanks; the document after them must not be read on its own.
    assertThat(errors(problem(post(concat(blanksOver16Megabytes(), sample())), 400)))
        .as("16 MB of spaces, then the document")
        .containsExactly(error("$", "the input is larger than 16 MB"));
  }

  @Test
  void hostileMarkupIsRenderedNotRefused() throws IOException {
    ObjectNode document = (ObjectNode) MAPPER.readTree(sample());
    document.remove("attachments");
    document.put("subject", "<script>alert(1)</script>");
    document.putArray("body").addObject().put("kind", "paragraph")
        .put("text", "<img src=\"file:///etc/passwd\">");
    assertPdf(post(MAPPER.writeValueAsBytes(document)));
  }

  @Test
  void withoutATokenTheCallerIsToldToAuthenticate() throws IOException {
    JsonNode problem = problem(post(sample(), "Authorization", null), 401);
    assertThat(problem.path("detail").asText()).contains("Bearer");
    problem(post(sample(), "Authorization", "Bearer not-a-token"), 401);
  }

  @Test
  void aRoleThatMayNotRenderIsForbidden() throws IOException {
    problem(post(sample(), "Authorization", "Bearer " + staffToken), 403);
  }

  @Test
  void getOnTheRenderEndpointIsNotAllowed() throws IOException {
    HttpResponse<byte[]> response = get("/api/render", "Authorization", "Bearer " + clerkToken);
    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(contentType(response)).startsWith(PROBLEM_JSON);
  }

  @Test
  void healthIsUpWithoutAToken() throws IOException {
    HttpResponse<byte[]> response = get("/actuator/health");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(MAPPER.readTree(response.body()).path("status").asText()).isEqualTo("UP");
  }
}
