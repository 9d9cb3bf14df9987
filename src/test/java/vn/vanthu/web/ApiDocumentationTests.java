package vn.vanthu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanthu.web.ApiClient.json;
import static vn.vanthu.web.ApiClient.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vanthu.access.Clearance;
import vn.vanthu.access.Role;
import vn.vanthu.access.UserAccounts;

/**
 * The OpenAPI description and the Swagger UI: for authenticated users only, each endpoint with a
 * summary, its media types and its problem responses, the bearer scheme declared, and a UI that
 * loads nothing from the internet. Also the secure headers of API answers.
 */
class ApiDocumentationTests extends ApiTestContext {

  private static final Pattern CSRF = Pattern.compile(
      "name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
  private static final Pattern LINKS = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

  private static String staff;
  private static String staffName;
  private static String staffPassword;

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;

  private ApiClient api;

  @BeforeEach
  void users() {
    api = new ApiClient(port);
    if (staff == null) {
      staffName = "staff-d" + UUID.randomUUID().toString().substring(0, 8);
      staffPassword = UUID.randomUUID().toString();
      accounts.add(staffName, Role.STAFF, Clearance.NONE, staffPassword);
      staff = accounts.newToken(staffName);
    }
  }

  private JsonNode openApi() {
    HttpResponse<byte[]> response = api.get("/v3/api-docs", staff);
    assertThat(response.statusCode()).as(ApiClient.excerpt(response)).isEqualTo(200);
    return json(response);
  }

  @Test
  void theDescriptionDeclaresTheBearerSchemeForEveryCall() {
    JsonNode docs = openApi();
    assertThat(docs.path("components").path("securitySchemes").path("bearer").toString())
        .isEqualTo("{\"type\":\"http\",\"description\":\"An API token of a Vanthu user\","
            + "\"scheme\":\"bearer\"}");
    assertThat(docs.path("security").toString()).isEqualTo("[{\"bearer\":[]}]");
  }

  @Test
  void everyOperationHasASummaryMediaTypesAndItsProblemResponses() {
    JsonNode docs = openApi();
    List<String> operations = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : docs.path("paths").properties()) {
      assertThat(path.getKey()).startsWith("/api/");
      for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
        String name = method.getKey() + " " + path.getKey();
        operations.add(name);
        JsonNode operation = method.getValue();
        assertThat(operation.path("summary").asText()).as("summary of %s", name).isNotBlank();
        JsonNode responses = operation.path("responses");
        List<String> success = new ArrayList<>();
        responses.properties().forEach(r -> {
          if (r.getKey().startsWith("2")) {
            success.add(r.getKey());
            assertThat(r.getValue().path("content").size())
                .as("media types of %s %s", name, r.getKey()).isPositive();
          } else {
            assertThat(r.getValue().path("content").path("application/problem+json")
                .path("schema").path("$ref").asText())
                .as("problem body of %s %s", name, r.getKey())
                .isEqualTo("#/components/schemas/Problem");
          }
        });
        assertThat(success).as("success responses of %s", name).hasSize(1);
        for (String status : List.of("401", "403", "406", "500")) {
          assertThat(responses.has(status)).as("%s of %s", status, name).isTrue();
        }
        if (operation.has("requestBody")) {
          assertThat(operation.path("requestBody").path("content").size()).isPositive();
        }
      }
    }
    assertThat(operations).contains("post /api/render", "get /api/search",
        "get /api/documents/{id}", "post /api/archive/import");
    JsonNode details = docs.path("paths").path("/api/documents/{id}").path("get");
    assertThat(details.path("responses").has("404")).isTrue();
    JsonNode pdf = docs.path("paths").path("/api/documents/{id}/pdf").path("get");
    assertThat(pdf.path("responses").path("200").path("content").has("application/pdf")).isTrue();
    JsonNode upload = docs.path("paths").path("/api/archive/import").path("post");
    assertThat(upload.path("requestBody").path("content").has("multipart/form-data")).isTrue();
    assertThat(upload.path("responses").has("413")).isTrue();
    assertThat(upload.path("responses").has("415")).isTrue();
  }

  @Test
  void theDescriptionIsNotForStrangers() {
    ApiClient.problem(api.get("/v3/api-docs", "vt_" + UUID.randomUUID()), 401);
    HttpResponse<byte[]> anonymous = api.get("/v3/api-docs", null);
    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/login");
    assertThat(api.get("/swagger-ui/index.html", null).statusCode()).isEqualTo(302);
  }

  @Test
  void theSwaggerUiOfALoggedInUserLoadsOnlyResourcesOfTheService() throws Exception {
    ApiClient browser = new ApiClient(port, HttpClient.newBuilder()
        .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build());
    logIn(browser);
    HttpResponse<byte[]> welcome = browser.get("/swagger-ui.html", null);
    assertThat(welcome.statusCode()).isEqualTo(302);
    assertThat(welcome.headers().firstValue("Location").orElse(""))
        .endsWith("/swagger-ui/index.html");
    HttpResponse<byte[]> page = browser.get("/swagger-ui/index.html", null);
    assertThat(page.statusCode()).isEqualTo(200);
    Matcher links = LINKS.matcher(text(page));
    List<String> resources = new ArrayList<>();
    while (links.find()) {
      resources.add(links.group(1));
    }
    assertThat(resources).isNotEmpty().allSatisfy(link -> assertThat(link)
        .doesNotContain("//").doesNotStartWith("http"));
    for (String resource : resources) {
      assertThat(browser.get("/swagger-ui/" + resource.replace("./", ""), null).statusCode())
          .as(resource).isEqualTo(200);
    }
    String initializer = text(browser.get("/swagger-ui/swagger-initializer.js", null));
    assertThat(initializer).doesNotContain("https://").contains("/v3/api-docs/swagger-config");
    JsonNode config = json(browser.get("/v3/api-docs/swagger-config", null));
    assertThat(config.path("validatorUrl").asText()).isEqualTo("none");
    assertThat(config.path("url").asText()).isEqualTo("/v3/api-docs");
    config.properties().forEach(entry -> assertThat(entry.getValue().asText())
        .as(entry.getKey()).matches("/.*|http://127\\.0\\.0\\.1:" + port + "/.*|none"));
    assertThat(browser.get("/v3/api-docs", null).statusCode()).isEqualTo(200);
  }

  private void logIn(ApiClient browser) {
    String form = text(browser.get("/login", null));
    Matcher csrf = CSRF.matcher(form);
    assertThat(csrf.find()).as("a CSRF token in the login form").isTrue();
    String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
    String body = "username=" + encode(staffName) + "&password=" + encode(staffPassword)
        + "&_csrf=" + encode(token);
    HttpResponse<byte[]> login = browser.send("POST", "/login", null,
        HttpRequest.BodyPublishers.ofString(body),
        "Content-Type", "application/x-www-form-urlencoded");
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void apiAnswersCarrySecureHeaders() {
    for (HttpResponse<byte[]> response : List.of(api.get("/api/search", staff),
        api.get("/api/documents/" + UUID.randomUUID(), staff), api.get("/api/search", null))) {
      assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
      assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
      // HSTS only over https, as Spring Security sends it.
      assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
      assertThat(response.headers().firstValue("Set-Cookie")).as("a stateless API").isEmpty();
    }
  }
}
