package vn.vanthu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanthu.web.ApiClient.json;
import static vn.vanthu.web.ApiClient.problem;
import static vn.vanthu.web.ApiClient.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.vanthu.access.Clearance;
import vn.vanthu.access.Role;
import vn.vanthu.access.UserAccounts;
import vn.vanthu.archive.DocumentIssuing;

/**
 * Who may call what, endpoint by endpoint, over real HTTP: every endpoint the running application
 * maps under {@code /api}, the OpenAPI description and actuator is called by every kind of caller
 * and must be allowed or refused exactly as {@link #EXPECTED} says (a new endpoint without an entry
 * fails). Then the clearance: a secret document does not exist for a reader not cleared for it, in
 * hits, facets, snippets, similar documents, links, direct reads and downloads, and the register.
 */
class ApiAccessControlTests extends ApiTestContext {

  private static final Path SAMPLES =
      Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("samples");

  /** Who calls: nobody, a token that is no token, a disabled administrator, or a role. */
  enum Caller { ANONYMOUS, BAD_TOKEN, DISABLED, CLERK, STAFF, COMMS, ADMIN }

  private static final Set<Role> READERS = EnumSet.of(Role.STAFF, Role.CLERK, Role.ADMIN);
  private static final Set<Role> ISSUERS = EnumSet.of(Role.CLERK, Role.ADMIN);
  private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);

  /**
   * The roles that may call each endpoint; {@code null} for public ones. Every other caller is
   * refused: 401 without a valid token of an enabled user, 403 for another role.
   */
  private static final Map<String, @Nullable Set<Role>> EXPECTED = new TreeMap<>();

  static {
    EXPECTED.put("POST /api/render", EnumSet.of(Role.CLERK, Role.COMMS, Role.ADMIN));
    EXPECTED.put("POST /api/documents", ISSUERS);
    EXPECTED.put("POST /api/documents/preview", ISSUERS);
    EXPECTED.put("GET /api/documents/{id}", READERS);
    EXPECTED.put("GET /api/documents/{id}/pdf", READERS);
    EXPECTED.put("GET /api/documents/{id}/source", READERS);
    EXPECTED.put("GET /api/documents/{id}/similar", READERS);
    EXPECTED.put("GET /api/search", READERS);
    EXPECTED.put("GET /api/register", EnumSet.of(Role.CLERK, Role.STAFF, Role.ADMIN));
    EXPECTED.put("POST /api/archive/import", ISSUERS);
    EXPECTED.put("POST /api/leaflets", EnumSet.of(Role.COMMS, Role.ADMIN));
    EXPECTED.put("GET /v3/api-docs", EVERY_ROLE);
    EXPECTED.put("GET /v3/api-docs.yaml", EVERY_ROLE);
    EXPECTED.put("GET /v3/api-docs/swagger-config", EVERY_ROLE);
    EXPECTED.put("GET /actuator/health", null);
    EXPECTED.put("GET /actuator/info", EnumSet.of(Role.ADMIN));
    EXPECTED.put("GET /actuator/metrics", EnumSet.of(Role.ADMIN));
    EXPECTED.put("GET /actuator", EnumSet.of(Role.ADMIN));
  }

  private static final Map<Caller, @Nullable String> tokens = new EnumMap<>(Caller.class);
  private static @Nullable Fixture fixture;

  /** The documents and readers of the clearance tests. */
  private record Fixture(String normalId, String similarId, String secretId, String secretSampleId,
      String clerkMat, String none, String mat, String tuyetMat) {}

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
  @Autowired PathMappedEndpoints actuator;

  private ApiClient api;

  @BeforeEach
  void setUp() {
    api = new ApiClient(port);
    if (tokens.isEmpty()) {
      String suffix = UUID.randomUUID().toString().substring(0, 8);
      tokens.put(Caller.ANONYMOUS, null);
      tokens.put(Caller.BAD_TOKEN, "vt_" + UUID.randomUUID());
      tokens.put(Caller.CLERK, user("clerk-a" + suffix, Role.CLERK, Clearance.NONE));
      tokens.put(Caller.STAFF, user("staff-a" + suffix, Role.STAFF, Clearance.NONE));
      tokens.put(Caller.COMMS, user("comms-a" + suffix, Role.COMMS, Clearance.NONE));
      tokens.put(Caller.ADMIN, user("admin-a" + suffix, Role.ADMIN, Clearance.NONE));
      tokens.put(Caller.DISABLED, user("gone-a" + suffix, Role.ADMIN, Clearance.TUYET_MAT));
      accounts.disable("gone-a" + suffix);
    }
  }

  private String user(String name, Role role, Clearance clearance) {
    accounts.add(name, role, clearance);
    return accounts.newToken(name);
  }

  // --- the endpoints ---------------------------------------------------------------------------

  /** Every endpoint the application serves under /api, /v3/api-docs and /actuator. */
  private Set<String> mappedEndpoints() {
    Set<String> endpoints = new TreeSet<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      for (String path : info.getPatternValues()) {
        if (path.startsWith("/api/") || path.startsWith("/v3/api-docs")) {
          Set<?> methods = info.getMethodsCondition().getMethods();
          assertThat(methods).as("methods of %s", path).isNotEmpty();
          methods.forEach(method -> endpoints.add(method + " " + path));
        }
      }
    }
    endpoints.add("GET " + actuator.getBasePath());
    actuator.getAllPaths().forEach(path -> endpoints.add("GET " + path));
    return endpoints;
  }

  /** A valid request of each endpoint, for a given token. */
  private Map<String, Function<@Nullable String, HttpResponse<byte[]>>> requests(String docId) {
    Map<String, Function<@Nullable String, HttpResponse<byte[]>>> requests = new HashMap<>();
    requests.put("POST /api/render", t -> api.postJson("/api/render", t, draft("render", null)));
    requests.put("POST /api/documents", t -> api.postJson("/api/documents", t,
        draft("issue " + UUID.randomUUID(), null)));
    requests.put("POST /api/documents/preview", t -> api.postJson("/api/documents/preview", t,
        draft("preview", null)));
    requests.put("GET /api/documents/{id}", t -> api.get("/api/documents/" + docId, t));
    requests.put("GET /api/documents/{id}/pdf", t -> api.get("/api/documents/" + docId + "/pdf", t));
    requests.put("GET /api/documents/{id}/source",
        t -> api.get("/api/documents/" + docId + "/source", t));
    requests.put("GET /api/documents/{id}/similar",
        t -> api.get("/api/documents/" + docId + "/similar", t));
    requests.put("GET /api/search", t -> api.get("/api/search?q=th%E1%BB%AD+nghi%E1%BB%87m", t));
    requests.put("GET /api/register", t -> api.get("/api/register?issuer=BHXH", t));
    requests.put("POST /api/archive/import", t -> api.upload("/api/archive/import", t, "files",
        List.of("cu.txt"), List.of(("Công văn cũ số " + UUID.randomUUID() + " về bảo hiểm.")
            .getBytes(StandardCharsets.UTF_8))));
    requests.put("POST /api/leaflets", t -> api.postJson("/api/leaflets", t, leaflet()));
    for (String path : List.of("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config",
        "/actuator", "/actuator/health", "/actuator/info", "/actuator/metrics")) {
      requests.put("GET " + path, t -> api.get(path, t));
    }
    return requests;
  }

  /** The bi-fold sample without its picture, which a JSON body cannot carry. */
  private static byte[] leaflet() {
    try {
      var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
      var root = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(
          java.nio.file.Files.readAllBytes(java.nio.file.Path.of(System.getProperty("basedir", ""))
              .toAbsolutePath().resolve("samples/leaflets/english-portal.json")));
      ((com.fasterxml.jackson.databind.node.ArrayNode) root.withArray("panels").get(2)
          .withArray("blocks")).remove(0);
      return mapper.writeValueAsBytes(root);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void everyEndpointHasAnExpectedAccessAndARequest() {
    Set<String> mapped = mappedEndpoints();
    assertThat(mapped).as("endpoints the application maps, against EXPECTED")
        .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    assertThat(requests("x").keySet()).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
  }

  @Test
  void everyEndpointAllowsExactlyItsRolesAndRefusesEveryoneElse() {
    String docId = json(api.postJson("/api/documents", tokens.get(Caller.CLERK),
        draft("matrix", null))).path("id").asText();
    Map<String, String> outcomes = new LinkedHashMap<>();
    List<String> wrong = new ArrayList<>();
    requests(docId).entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(request -> {
      Set<Role> allowed = EXPECTED.get(request.getKey());
      for (Caller caller : Caller.values()) {
        HttpResponse<byte[]> response = request.getValue().apply(tokens.get(caller));
        int status = response.statusCode();
        String expected = expected(allowed, caller, request.getKey());
        String actual = status >= 200 && status < 300 ? "allowed" : Integer.toString(status);
        outcomes.put(request.getKey() + " as " + caller, actual);
        if (!actual.equals(expected)) {
          wrong.add(request.getKey() + " as " + caller + ": expected " + expected + ", got "
              + status + " " + ApiClient.excerpt(response));
        } else if (status == 401 || status == 403) {
          problem(response, status);
        }
      }
    });
    assertThat(wrong).as("outcomes: %s", outcomes).isEmpty();
    assertThat(outcomes).hasSize(EXPECTED.size() * Caller.values().length);
  }

  private static String expected(@Nullable Set<Role> allowed, Caller caller, String endpoint) {
    if (allowed == null) {
      return "allowed";
    }
    return switch (caller) {
      // Without any token the OpenAPI description is the browser's: log in first.
      case ANONYMOUS -> endpoint.contains("/v3/api-docs") ? "302" : "401";
      case BAD_TOKEN, DISABLED -> "401";
      default -> allowed.contains(Role.valueOf(caller.name())) ? "allowed" : "403";
    };
  }

  @Test
  void onlyHealthInfoAndMetricsOfTheActuatorAreExposed() {
    assertThat(actuator.getAllPaths()).containsExactlyInAnyOrder("/actuator/health",
        "/actuator/info", "/actuator/metrics");
    String admin = tokens.get(Caller.ADMIN);
    for (String path : List.of("/actuator/env", "/actuator/heapdump", "/actuator/beans",
        "/actuator/configprops", "/actuator/loggers", "/actuator/threaddump", "/actuator/mappings",
        "/actuator/shutdown", "/actuator/flyway", "/actuator/scheduledtasks")) {
      problem(api.get(path, admin), 404);
    }
    JsonNode metric = json(api.get("/actuator/metrics/http.server.requests", admin));
    assertThat(metric.path("name").asText()).isEqualTo("http.server.requests");
    assertThat(metric.path("measurements").get(0).path("value").asDouble()).isPositive();
    problem(api.get("/actuator/metrics/http.server.requests", tokens.get(Caller.STAFF)), 403);
  }

  // --- clearance -------------------------------------------------------------------------------

  /** A small công văn draft; the text repeats its words so that "more like this" finds it. */
  static byte[] draft(String marker, @Nullable String classification) {
    String secret = classification == null ? "" : "\"classification\": \"" + classification + "\",";
    String text = "Quy trình lưu trữ hồ sơ điện tử phân loại hồ sơ điện tử tại kho lưu trữ "
        + "điện tử; quy trình lưu trữ hồ sơ điện tử " + marker + ".";
    return ("""
        {"issuer": {"name": "Bảo hiểm xã hội Việt Nam", "abbreviation": "BHXH"},
         "type": "cong-van", "unit": "HTQT", %s "place": "Hà Nội",
         "subject": "V/v quy trình lưu trữ hồ sơ điện tử %s",
         "addressees": ["Vụ Hợp tác quốc tế"],
         "body": [{"kind": "paragraph", "text": "%s"}],
         "signature": {"title": "Tổng Giám đốc", "name": "Nguyễn Văn A"},
         "recipients": ["Như trên"], "filing": "VT, HTQT"}""").formatted(secret, marker, text)
        .getBytes(StandardCharsets.UTF_8);
  }

  private static final String SECRET_MARKER = "kimcuongmat";

  private Fixture fixture() throws IOException {
    if (fixture == null) {
      String suffix = UUID.randomUUID().toString().substring(0, 8);
      String clerk = user("clerk-m" + suffix, Role.CLERK, Clearance.MAT);
      String normalId = issue(clerk, draftOf("thong-bao-ket-luan-hop-ttdn.json"));
      String similarId = issue(clerk, draft("thường", null));
      ObjectNode secret = (ObjectNode) ApiClient.MAPPER.readTree(
          draft(SECRET_MARKER + " " + SECRET_MARKER, "mat"));
      // The secret document amends the normal one: the link must not show it either.
      secret.putArray("relations").addObject().put("kind", "amends").put("target", similarId);
      String secretId = issue(clerk, ApiClient.MAPPER.writeValueAsBytes(secret));
      String secretSampleId = issue(clerk, draftOf("thong-bao-mat.json"));
      fixture = new Fixture(normalId, similarId, secretId, secretSampleId, clerk,
          user("staff-n" + suffix, Role.STAFF, Clearance.NONE),
          user("staff-m" + suffix, Role.STAFF, Clearance.MAT),
          user("staff-t" + suffix, Role.STAFF, Clearance.TUYET_MAT));
      awaitSearchable(fixture);
    }
    return fixture;
  }

  /** Issued documents become searchable within a second, not at once: wait for all four. */
  private void awaitSearchable(Fixture f) throws IOException {
    Set<String> wanted = Set.of(f.normalId(), f.similarId(), f.secretId(), f.secretSampleId());
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    while (!ids(json(api.get("/api/search?size=100", f.mat()))).containsAll(wanted)) {
      assertThat(System.nanoTime()).as("the fixture's documents are searchable").isLessThan(deadline);
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private String issue(String token, byte[] draft) {
    HttpResponse<byte[]> response = api.postJson("/api/documents", token, draft);
    assertThat(response.statusCode()).as(ApiClient.excerpt(response)).isEqualTo(201);
    return json(response).path("id").asText();
  }

  /** A numbered sample as a draft: without its number and date. */
  private static byte[] draftOf(String sample) throws IOException {
    ObjectNode document = (ObjectNode) ApiClient.MAPPER.readTree(SAMPLES.resolve(sample).toFile());
    document.remove(List.of("number", "date", "$schema"));
    return ApiClient.MAPPER.writeValueAsBytes(document);
  }

  /** A call as the uncleared reader, whose answer must not mention a secret document. */
  private HttpResponse<byte[]> asUncleared(String path) throws IOException {
    Fixture f = fixture();
    HttpResponse<byte[]> response = api.get(path, f.none());
    assertThat(text(response)).as("answer of %s", path)
        .doesNotContain(f.secretId()).doesNotContain(f.secretSampleId())
        .doesNotContainIgnoringCase(SECRET_MARKER)
        .doesNotContain("bảo vệ bí mật nhà nước").doesNotContain("\"value\":\"mat\"");
    return response;
  }

  private static Set<String> ids(JsonNode results) {
    Set<String> ids = new TreeSet<>();
    results.path("hits").forEach(hit -> ids.add(hit.path("id").asText()));
    return ids;
  }

  @Test
  void aSecretDocumentIsNotAmongTheHitsOfAnUnclearedReader() throws IOException {
    Fixture f = fixture();
    JsonNode cleared = json(api.get("/api/search?size=100", f.mat()));
    assertThat(ids(cleared)).contains(f.secretId(), f.secretSampleId(), f.normalId());
    JsonNode uncleared = json(asUncleared("/api/search?size=100"));
    Set<String> visible = new TreeSet<>(ids(cleared));
    visible.removeAll(Set.of(f.secretId(), f.secretSampleId()));
    assertThat(ids(uncleared)).isEqualTo(visible);
    assertThat(uncleared.path("total").asLong()).isEqualTo(visible.size());
  }

  @Test
  void theFacetsOfAnUnclearedReaderCountOnlyTheDocumentsTheyMaySee() throws IOException {
    Fixture f = fixture();
    for (String query : List.of("", "l%C6%B0u+tr%E1%BB%AF", "b%E1%BA%A3o+hi%E1%BB%83m")) {
      JsonNode uncleared = json(asUncleared("/api/search?size=100&q=" + query));
      Map<String, Map<String, Long>> expected = new TreeMap<>();
      for (JsonNode hit : uncleared.path("hits")) {
        count(expected, "Loại văn bản", hit.path("type").asText());
        // One body however its name is written ("BẢO HIỂM XÃ HỘI …" and "Bảo hiểm xã hội …").
        count(expected, "Cơ quan ban hành", hit.path("issuer").asText()
            .toLowerCase(Locale.forLanguageTag("vi")));
        count(expected, "Năm", hit.path("date").asText().substring(0, 4));
        count(expected, "Độ mật", "không");
      }
      Map<String, Map<String, Long>> actual = facets(uncleared);
      Map<String, Long> issuers = new TreeMap<>();
      actual.getOrDefault("Cơ quan ban hành", Map.of()).forEach((issuer, count) ->
          issuers.put(issuer.toLowerCase(Locale.forLanguageTag("vi")), count));
      if (!issuers.isEmpty()) {
        actual.put("Cơ quan ban hành", issuers);
      }
      assertThat(actual).as("facets of q=%s", query).isEqualTo(expected);
      JsonNode cleared = json(api.get("/api/search?size=100&q=" + query, f.mat()));
      assertThat(facets(cleared).get("Độ mật")).as("the cleared reader's facets of q=%s", query)
          .containsKey("mat");
    }
  }

  private static void count(Map<String, Map<String, Long>> facets, String dimension, String value) {
    facets.computeIfAbsent(dimension, d -> new TreeMap<>()).merge(value, 1L, Long::sum);
  }

  private static Map<String, Map<String, Long>> facets(JsonNode results) {
    Map<String, Map<String, Long>> facets = new TreeMap<>();
    results.path("facets").properties().forEach(dimension -> dimension.getValue().forEach(value ->
        facets.computeIfAbsent(dimension.getKey(), d -> new TreeMap<>())
            .put(value.path("value").asText(), value.path("count").asLong())));
    return facets;
  }

  @Test
  void aSecretWordFindsNothingAndHighlightsNothingForAnUnclearedReader() throws IOException {
    Fixture f = fixture();
    JsonNode cleared = json(api.get("/api/search?q=" + SECRET_MARKER, f.mat()));
    assertThat(ids(cleared)).containsExactly(f.secretId());
    assertThat(cleared.path("hits").get(0).path("snippet").asText())
        .contains("<mark>" + SECRET_MARKER + "</mark>");
    JsonNode uncleared = json(asUncleared("/api/search?q=" + SECRET_MARKER));
    assertThat(uncleared.path("total").asLong()).isZero();
    assertThat(facets(uncleared)).isEmpty();
    // Words the secret document shares with a visible one: only the visible one, its own snippet.
    JsonNode shared = json(asUncleared("/api/search?size=100&q=h%E1%BB%93+s%C6%A1+%C4%91i%E1%BB%87n+t%E1%BB%AD"));
    assertThat(ids(shared)).contains(f.similarId()).doesNotContain(f.secretId());
  }

  @Test
  void aSecretDocumentIsNotSimilarToAnythingForAnUnclearedReader() throws IOException {
    Fixture f = fixture();
    String path = "/api/documents/" + f.similarId() + "/similar?size=50";
    assertThat(ids(json(api.get(path, f.mat())))).contains(f.secretId());
    assertThat(ids(json(asUncleared(path)))).doesNotContain(f.secretId());
    // Asking what the secret document is similar to answers as for an id that does not exist.
    HttpResponse<byte[]> secret = asUncleared("/api/documents/" + f.secretId() + "/similar");
    HttpResponse<byte[]> unknown = api.get("/api/documents/" + UUID.randomUUID() + "/similar",
        f.none());
    assertThat(secret.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(200);
    assertThat(text(secret)).isEqualTo(text(unknown));
  }

  @Test
  void aSecretDocumentAnswersExactlyLikeAMissingOne() throws IOException {
    Fixture f = fixture();
    String unknown = UUID.randomUUID().toString();
    for (String secret : List.of(f.secretId(), f.secretSampleId())) {
      for (String suffix : List.of("", "/pdf", "/source")) {
        // The problem's instance repeats the path asked for; nothing else may differ.
        HttpResponse<byte[]> hidden = api.get("/api/documents/" + secret + suffix, f.none());
        HttpResponse<byte[]> missing = api.get("/api/documents/" + unknown + suffix, f.none());
        problem(hidden, 404);
        assertThat(text(hidden).replace(secret, "ID"))
            .isEqualTo(text(missing).replace(unknown, "ID"));
        assertThat(headerNames(hidden)).isEqualTo(headerNames(missing));
        assertThat(ApiClient.contentType(hidden)).isEqualTo(ApiClient.contentType(missing));
        assertThat(api.get("/api/documents/" + secret + suffix, f.mat()).statusCode())
            .as("%s%s for a reader cleared for mật", secret, suffix).isEqualTo(200);
      }
    }
  }

  private static Set<String> headerNames(HttpResponse<?> response) {
    Set<String> names = new TreeSet<>(response.headers().map().keySet());
    names.remove("date");
    return names;
  }

  @Test
  void theLinksOfAVisibleDocumentDoNotNameASecretOne() throws IOException {
    Fixture f = fixture();
    String path = "/api/documents/" + f.similarId();
    JsonNode cleared = json(api.get(path, f.mat()));
    assertThat(cleared.path("links").toString()).contains(f.secretId());
    JsonNode uncleared = json(asUncleared(path));
    assertThat(uncleared.path("links").size()).isZero();
  }

  @Test
  void theSecretSeriesOfTheRegisterAreForTuyetMatClearanceOnly() throws IOException {
    Fixture f = fixture();
    int year = LocalDate.now(DocumentIssuing.VIETNAM).getYear();
    JsonNode full = json(api.get("/api/register?issuer=BHXH&year=" + year, f.tuyetMat()));
    Map<String, Integer> series = new TreeMap<>();
    full.forEach(entry -> series.put(entry.path("series").path("series").asText(),
        entry.path("lastNumber").asInt()));
    assertThat(series).containsEntry("mat-chung", 2).containsKey("chung");
    for (String token : List.of(f.none(), f.mat(), tokens.get(Caller.CLERK),
        tokens.get(Caller.ADMIN))) {
      JsonNode partial = json(api.get("/api/register?issuer=BHXH&year=" + year, token));
      assertThat(partial.toString()).doesNotContain("mat-");
      assertThat(partial.size()).isEqualTo(full.size() - 1);
    }
  }

  @Test
  void aClerkMayNotIssueADocumentAboveTheirClearance() {
    HttpResponse<byte[]> response = api.postJson("/api/documents", tokens.get(Caller.CLERK),
        draft("mật của người không có quyền", "mat"));
    JsonNode problem = problem(response, 400);
    assertThat(problem.path("errors").toString()).isEqualTo("[{\"field\":\"classification\","
        + "\"reason\":\"is above your clearance: only a user cleared for mat may issue this "
        + "document\"}]");
  }

  @Test
  void aRelationToASecretDocumentIsRefusedLikeOneToAMissingDocument() throws IOException {
    Fixture f = fixture();
    String unknown = UUID.randomUUID().toString();
    List<String> answers = new ArrayList<>();
    for (String target : List.of(f.secretId(), unknown)) {
      ObjectNode draft = (ObjectNode) ApiClient.MAPPER.readTree(draft("liên kết", null));
      draft.putArray("relations").addObject().put("kind", "amends").put("target", target);
      HttpResponse<byte[]> response = api.postJson("/api/documents", tokens.get(Caller.CLERK),
          ApiClient.MAPPER.writeValueAsBytes(draft));
      problem(response, 400);
      answers.add(text(response).replace(target, "ID"));
    }
    assertThat(answers.get(0)).isEqualTo(answers.get(1)).contains("no issued document ID");
  }

  @Test
  void aDuplicateOfASecretImportNamesNoDocumentToAnUnclearedClerk() {
    // Tối mật, so that the readers cleared for mật of the other tests do not see it either.
    String clerkToiMat = user("clerk-t" + UUID.randomUUID().toString().substring(0, 8),
        Role.CLERK, Clearance.TOI_MAT);
    String externalId = "toi-mat-" + UUID.randomUUID();
    byte[] line = ("{\"id\": \"" + externalId + "\", \"classification\": \"toi-mat\", "
        + "\"text\": \"Báo cáo tối mật về kho lưu trữ.\"}").getBytes(StandardCharsets.UTF_8);
    JsonNode first = json(api.upload("/api/archive/import", clerkToiMat, "files",
        List.of("mat.jsonl"), List.of(line))).get(0);
    assertThat(first.path("status").asText()).isEqualTo("IMPORTED");
    // The same id again, and the same bytes as a file: taken, but by no document one may name.
    JsonNode again = json(api.upload("/api/archive/import", tokens.get(Caller.CLERK), "files",
        List.of("again.jsonl", "same.txt"), List.of(line, line)));
    assertThat(again.get(0).path("status").asText()).isEqualTo("DUPLICATE");
    assertThat(again.get(0).path("reason").asText())
        .isEqualTo("the id " + externalId + " is already in the archive");
    assertThat(again.get(0).path("documentId").isNull()).isTrue();
    assertThat(again.get(1).path("status").asText()).isEqualTo("DUPLICATE");
    assertThat(again.get(1).path("reason").asText()).isEqualTo("already in the archive");
    assertThat(again.get(1).path("documentId").isNull()).isTrue();
    JsonNode cleared = json(api.upload("/api/archive/import", clerkToiMat, "files",
        List.of("same.txt"), List.of(line))).get(0);
    assertThat(cleared.path("reason").asText()).startsWith("already in the archive as ");
    assertThat(cleared.path("documentId").isTextual()).isTrue();
  }

  @Test
  void aNumberedVanthuJsonIsArchivedWithItsOwnNumber() throws IOException {
    // As on the import page: a document numbered elsewhere keeps its number, the register is not
    // asked for one.
    int number = 9412;
    Path file = Path.of("samples/to-trinh-de-an-ttdn-2025-2030.json");
    ObjectNode sample = (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(file.toFile());
    sample.put("number", number);
    JsonNode result = json(api.upload("/api/archive/import", tokens.get(Caller.CLERK), "files",
        List.of("to-trinh.json"), List.of(sample.toString().getBytes(StandardCharsets.UTF_8))))
        .get(0);
    assertThat(result.path("status").asText()).as(result.toString()).isEqualTo("IMPORTED");
    JsonNode stored = json(api.get("/api/documents/" + result.path("documentId").asText(),
        tokens.get(Caller.CLERK)));
    assertThat(stored.toString()).contains("\"" + number + "/TTr-");
  }
}
