package vn.vanthu.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Calls the API of a running service over real HTTP, and checks no answer shows its insides. */
final class ApiClient {

  static final ObjectMapper MAPPER = new ObjectMapper();
  static final String PROBLEM_JSON = "application/problem+json";

  private final int port;
  private final HttpClient http;

  ApiClient(int port) {
    this(port, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
  }

  ApiClient(int port, HttpClient http) {
    this.port = port;
    this.http = http;
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** A request with an optional bearer token and more headers as name, value pairs. */
  HttpResponse<byte[]> send(String method, String path, @Nullable String token,
      HttpRequest.BodyPublisher body, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
        .timeout(Duration.ofMinutes(2)).method(method, body);
    List<String> all = new ArrayList<>(List.of(headers));
    if (token != null) {
      all.add("Authorization");
      all.add("Bearer " + token);
    }
    if (!all.isEmpty()) {
      request.headers(all.toArray(String[]::new));
    }
    return send(request.build());
  }

  HttpResponse<byte[]> get(String path, @Nullable String token, String... headers) {
    return send("GET", path, token, HttpRequest.BodyPublishers.noBody(), headers);
  }

  HttpResponse<byte[]> postJson(String path, @Nullable String token, byte[] json) {
    return send("POST", path, token, HttpRequest.BodyPublishers.ofByteArray(json),
        "Content-Type", "application/json");
  }

  /** A multipart/form-data upload of files as parts named {@code part}. */
  HttpResponse<byte[]> upload(String path, @Nullable String token, String part,
      List<String> names, List<byte[]> contents) {
    String boundary = "vanthu-" + UUID.randomUUID();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < names.size(); i++) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part
          + "\"; filename=\"" + names.get(i) + "\"\r\nContent-Type: application/octet-stream"
          + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.writeBytes(contents.get(i));
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send("POST", path, token, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()),
        "Content-Type", "multipart/form-data; boundary=" + boundary);
  }

  HttpResponse<byte[]> send(HttpRequest request) {
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      assertNoInsides(response);
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** No error response shows a stack trace or the name of an exception. */
  static void assertNoInsides(HttpResponse<byte[]> response) {
    if (response.statusCode() < 400) {
      return;
    }
    assertThat(text(response)).as("body of %s %s", response.statusCode(), response.uri())
        .doesNotContain("Exception")
        .doesNotContain("at vn.vanthu")
        .doesNotContain("\tat ")
        .doesNotContain("java.")
        .doesNotContain("org.springframework")
        .doesNotContain("\"trace\"")
        .doesNotContain("Whitelabel");
  }

  static String contentType(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Type").orElse("(none)");
  }

  static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  /** The start of a body, for assertion messages. */
  static String excerpt(HttpResponse<byte[]> response) {
    if (contentType(response).startsWith("application/pdf")) {
      return "a PDF of " + response.body().length + " bytes";
    }
    String body = text(response);
    return body.length() > 600 ? body.substring(0, 600) + "…" : body;
  }

  static JsonNode json(HttpResponse<byte[]> response) {
    try {
      return MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts an RFC 9457 problem of this status and returns it. */
  static JsonNode problem(HttpResponse<byte[]> response, int status) {
    assertThat(response.statusCode())
        .as("status of %s %s; %s; body: %s", response.request().method(), response.uri(),
            contentType(response), excerpt(response))
        .isEqualTo(status);
    assertThat(contentType(response)).as("content type of %s", response.uri())
        .startsWith(PROBLEM_JSON);
    JsonNode problem = json(response);
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("title").asText()).isNotBlank();
    assertThat(problem.path("type").asText()).isNotBlank();
    return problem;
  }
}
