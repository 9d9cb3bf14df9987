package vn.vanthu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanthu.web.ApiClient.json;
import static vn.vanthu.web.ApiClient.problem;
import static vn.vanthu.web.ApiClient.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
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
import vn.vanthu.archive.Archive;
import vn.vanthu.archive.ArchivedDocument;
import vn.vanthu.archive.store.ContentStore;

/**
 * Every error of the API over real HTTP is an RFC 9457 problem ({@code application/problem+json})
 * with a precise reason: bad JSON, wrong content type or method, unknown paths and documents, bad
 * parameters, too large uploads, missing or refused credentials, and failures nobody foresaw, which
 * answer a generic 500 without any of the server's insides.
 */
class ApiProblemTests extends ApiTestContext {

  private static String clerk;
  private static String staff;
  private static String comms;

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;
  @Autowired Archive archive;
  @Autowired ContentStore files;

  private ApiClient api;

  @BeforeEach
  void users() {
    api = new ApiClient(port);
    if (clerk == null) {
      String suffix = UUID.randomUUID().toString().substring(0, 8);
      clerk = token("clerk-p" + suffix, Role.CLERK);
      staff = token("staff-p" + suffix, Role.STAFF);
      comms = token("comms-p" + suffix, Role.COMMS);
    }
  }

  private String token(String name, Role role) {
    accounts.add(name, role, Clearance.NONE);
    return accounts.newToken(name);
  }

  private static List<Map<String, String>> errors(JsonNode problem, String type) {
    assertThat(problem.path("type").asText()).isEqualTo(type);
    List<Map<String, String>> errors = new ArrayList<>();
    for (JsonNode error : problem.path("errors")) {
      errors.add(Map.of("field", error.path("field").asText(),
          "reason", error.path("reason").asText()));
    }
    return errors;
  }

  private static List<Map<String, String>> requestErrors(HttpResponse<byte[]> response) {
    JsonNode problem = problem(response, 400);
    List<Map<String, String>> errors = errors(problem, "urn:vanthu:problem:invalid-request");
    assertThat(problem.path("detail").asText())
        .isEqualTo(errors.size() + " parameter(s) of the request are not valid");
    return errors;
  }

  private static Map<String, String> error(String field, String reason) {
    return Map.of("field", field, "reason", reason);
  }

  static byte[] draft(String marker) {
    return ("""
        {"issuer": {"name": "Bảo hiểm xã hội Việt Nam", "abbreviation": "BHXH"},
         "type": "cong-van", "unit": "HTQT", "place": "Hà Nội",
         "subject": "V/v thử nghiệm lỗi %s",
         "addressees": ["Vụ Hợp tác quốc tế"],
         "body": [{"kind": "paragraph", "text": "Nội dung thử nghiệm %s."}],
         "signature": {"title": "Tổng Giám đốc", "name": "Nguyễn Văn A"},
         "recipients": ["Như trên"], "filing": "VT, HTQT"}""").formatted(marker, marker)
        .getBytes(StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------------------------------------

  @Test
  void malformedJsonIsAnInvalidDocumentOnEveryEndpointThatReadsOne() {
    byte[] malformed = "{\"type\": ".getBytes(StandardCharsets.UTF_8);
    for (String path : List.of("/api/render", "/api/documents", "/api/documents/preview")) {
      List<Map<String, String>> errors = errors(problem(api.postJson(path, clerk, malformed), 400),
          "urn:vanthu:problem:invalid-document");
      assertThat(errors).as(path).hasSize(1);
      assertThat(errors.get(0).get("field")).isEqualTo("$");
      assertThat(errors.get(0).get("reason")).startsWith("is not well-formed JSON at line 1");
    }
  }

  @Test
  void aNumberedDocumentCannotBeIssued() throws IOException {
    byte[] numbered = Files.readAllBytes(java.nio.file.Path.of(System.getProperty("basedir", ""))
        .toAbsolutePath().resolve("samples/thong-bao-mat.json"));
    assertThat(errors(problem(api.postJson("/api/documents", clerk, numbered), 400),
        "urn:vanthu:problem:invalid-document")).containsExactly(error("number",
            "is given by the register when the document is issued; leave it out"));
  }

  @Test
  void anImportThatIsNotMultipartIs415() {
    HttpResponse<byte[]> response = api.send("POST", "/api/archive/import", clerk,
        HttpRequest.BodyPublishers.ofString("hello"), "Content-Type", "text/plain");
    JsonNode problem = problem(response, 415);
    assertThat(problem.path("detail").asText()).contains("text/plain");
    assertThat(response.headers().firstValue("Accept")).hasValue("multipart/form-data");
  }

  @Test
  void aWrongMethodIs405NamingTheAllowedOnes() {
    HttpResponse<byte[]> delete = api.send("DELETE", "/api/documents/" + UUID.randomUUID(), staff,
        HttpRequest.BodyPublishers.noBody());
    problem(delete, 405);
    assertThat(delete.headers().firstValue("Allow")).hasValue("GET");
    HttpResponse<byte[]> get = api.get("/api/render", clerk);
    problem(get, 405);
    assertThat(get.headers().firstValue("Allow")).hasValue("POST");
    problem(api.send("PUT", "/api/search", staff, HttpRequest.BodyPublishers.ofString("{}")), 405);
  }

  @Test
  void anUnknownPathIs404ForEveryAuthenticatedCallerAnd401ForStrangers() {
    for (String token : List.of(clerk, staff, comms)) {
      for (String path : List.of("/api/nope", "/api/v2/search", "/api/registers")) {
        JsonNode problem = problem(api.get(path, token), 404);
        assertThat(problem.path("instance").asText()).isEqualTo(path);
      }
    }
    // Under a path a role may not use at all, the role learns nothing either way.
    problem(api.get("/api/documents/a/b/c", staff), 404);
    problem(api.get("/api/documents/a/b/c", comms), 403);
    problem(api.get("/api/nope", null), 401);
    problem(api.get("/api/nope", "vt_not-a-token"), 401);
  }

  @Test
  void badSearchParametersAreNamedEachWithItsReason() {
    assertThat(requestErrors(api.get("/api/search?q=x&year=abc", staff)))
        .containsExactly(error("year", "must be a whole number (was 'abc')"));
    assertThat(requestErrors(api.get("/api/search?size=100000", staff)))
        .containsExactly(error("size", "must be between 1 and 100 (was 100000)"));
    assertThat(requestErrors(api.get("/api/search?page=-1", staff)))
        .containsExactly(error("page", "must be 0 or more (was -1)"));
    assertThat(requestErrors(api.get("/api/search?page=abc", staff)))
        .containsExactly(error("page", "must be a whole number (was 'abc')"));
    assertThat(requestErrors(api.get("/api/search?page=99999999&size=100", staff)))
        .containsExactly(error("page", "reaches beyond the first 10000 hits (was 99999999 with "
            + "size 100); narrow the search instead"));
    assertThat(requestErrors(api.get("/api/search?sort=best&page=-2&size=0", staff)))
        .containsExactly(error("sort", "must be relevance or date (was 'best')"),
            error("page", "must be 0 or more (was -2)"),
            error("size", "must be between 1 and 100 (was 0)"));
    assertThat(requestErrors(api.get("/api/search?from=2024-13-01", staff)))
        .containsExactly(error("from", "must be a date like 2024-09-05 (was '2024-13-01')"));
    assertThat(requestErrors(api.get("/api/search?from=2024-09-05&to=2024-01-01", staff)))
        .containsExactly(error("from", "is after to (2024-09-05 > 2024-01-01)"));
  }

  @Test
  void badParametersOfTheOtherEndpointsAreNamedToo() {
    assertThat(requestErrors(api.get("/api/register?year=20x6", staff)))
        .containsExactly(error("year", "must be a whole number (was '20x6')"));
    assertThat(requestErrors(api.get("/api/documents/" + UUID.randomUUID() + "/similar?size=0",
        staff))).containsExactly(error("size", "must be between 1 and 50 (was 0)"));
    assertThat(requestErrors(api.get("/api/documents/x/similar?size=" + "9".repeat(60), staff)))
        .containsExactly(error("size", "must be a whole number (was '"
            + "9".repeat(40) + "…')"));
  }

  @Test
  void anImportWithoutItsFilesPartIsNamed() {
    HttpResponse<byte[]> response = api.upload("/api/archive/import", clerk, "other",
        List.of("a.txt"), List.of("Văn bản".getBytes(StandardCharsets.UTF_8)));
    assertThat(requestErrors(response)).containsExactly(error("files",
        "is required: send the files as multipart/form-data parts named 'files'"));
  }

  @Test
  void anUploadOverTheLimitIs413() {
    HttpResponse<byte[]> response = api.upload("/api/archive/import", clerk, "files",
        List.of("big.txt"), List.of(new byte[MAX_FILE_BYTES + 1024]));
    JsonNode problem = problem(response, 413);
    assertThat(problem.path("detail").asText()).isNotBlank();
  }

  @Test
  void anUnknownDocumentIs404WithABodyThatNamesNothing() {
    String id = UUID.randomUUID().toString();
    for (String suffix : List.of("", "/pdf", "/source")) {
      HttpResponse<byte[]> response = api.get("/api/documents/" + id + suffix, staff);
      JsonNode problem = problem(response, 404);
      assertThat(problem.path("type").asText()).isEqualTo("urn:vanthu:problem:document-not-found");
      assertThat(problem.path("title").asText()).isEqualTo("Document not found");
      assertThat(problem.path("detail").asText())
          .isEqualTo("There is no such document, or you may not see it.");
      assertThat(problem.path("instance").asText()).isEqualTo("/api/documents/" + id + suffix);
      assertThat(problem.size()).as("members of %s", problem).isEqualTo(5);
    }
  }

  @Test
  void aProblemIsJsonEvenWhenTheClientAsksOnlyForAPdf() {
    HttpResponse<byte[]> response = api.get("/api/documents/" + UUID.randomUUID() + "/pdf", staff,
        "Accept", "application/pdf");
    problem(response, 404);
  }

  @Test
  void missingOrRefusedCredentialsAreProblems() {
    JsonNode anonymous = problem(api.get("/api/search", null), 401);
    assertThat(anonymous.path("detail").asText()).contains("Bearer");
    problem(api.get("/api/search", "vt_" + UUID.randomUUID()), 401);
    problem(api.get("/api/search", null, "Authorization", "Basic YWRtaW46YWRtaW4="), 401);
    JsonNode forbidden = problem(api.postJson("/api/documents", staff, draft("403")), 403);
    assertThat(forbidden.path("detail").asText()).isEqualTo("Your role may not do this.");
  }

  @Test
  void anUnexpectedFailureIsAGeneric500WithALogReference() {
    HttpResponse<byte[]> issued = api.postJson("/api/documents", clerk, draft("500"));
    assertThat(issued.statusCode()).as(text(issued)).isEqualTo(201);
    String id = json(issued).path("id").asText();
    ArchivedDocument document = archive.details(id, "test", null).document();
    // A stored file lost behind the service's back: a real failure, not a planted exception.
    assertThat(files.pathOf(document.pdfSha256()).toFile().delete()).isTrue();

    HttpResponse<byte[]> response = api.get("/api/documents/" + id + "/pdf", staff);
    JsonNode problem = problem(response, 500);
    assertThat(problem.path("type").asText()).isEqualTo("urn:vanthu:problem:internal-error");
    assertThat(problem.path("title").asText()).isEqualTo("Internal error");
    String reference = problem.path("reference").asText();
    assertThat(reference).matches("[0-9a-f-]{36}");
    assertThat(problem.path("detail").asText()).isEqualTo(
        "The service failed to answer; the failure is logged under reference " + reference + ".");
    assertThat(text(response)).doesNotContain(document.pdfSha256()).doesNotContain("stored file")
        .doesNotContain("NoSuchFile").doesNotContain("Unchecked");
  }
}
