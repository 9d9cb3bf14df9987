package vn.vanthu.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vanthu.rendering.ArchivalMetadata;
import vn.vanthu.rendering.DocumentRenderer;
import vn.vanthu.rendering.PdfRenderer;
import vn.vanthu.rendering.RenderingSettings;

/**
 * Hostile markup in a document's text is printed, never interpreted: the XHTML escapes it, the
 * PDF shows it literally and the PDF engine fetches nothing. And when XHTML does reference
 * external resources, the PDF engine refuses every one of them. A local HTTP server stands in for
 * the network, so that "refused" is checked by what it received, not only by what was logged.
 */
class HostileContentRenderingTests {

  private static final Path SAMPLE = Path.of(System.getProperty("basedir", ""))
      .toAbsolutePath().resolve("samples/quyet-dinh-813-bhxh.json");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String HOSTILE_PARAGRAPH =
      "<img src=\"file:///etc/passwd\"> and <a href=\"http://example.com/x\">link</a>";

  private static DocumentRenderer renderer;
  private static HttpServer server;
  private static final List<String> requests = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() throws IOException {
    renderer = new DocumentRenderer(RenderingSettings.defaults());
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
      byte[] body = "root:x:0:0:LEAKED".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  @BeforeEach
  void forgetRequests() {
    requests.clear();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static String local(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  @Test
  void hostileMarkupInADocumentIsPrintedLiterallyAndLoadsNothing() throws IOException {
    ObjectNode json = (ObjectNode) MAPPER.readTree(Files.readAllBytes(SAMPLE));
    json.remove("attachments");
    json.put("subject", SCRIPT);
    String localImage = "<img src=\"" + local("/from-body.png") + "\"/>";
    ArrayNode body = json.putArray("body");
    body.addObject().put("kind", "paragraph").put("text", HOSTILE_PARAGRAPH);
    body.addObject().put("kind", "paragraph").put("text", localImage);
    ((ArrayNode) json.get("recipients")).add("<link rel=\"stylesheet\" href=\""
        + local("/from-recipients.css") + "\"/>");
    byte[] input = MAPPER.writeValueAsBytes(json);
    OfficialDocument document = new DocumentReader().read(input);
    PdfRenderer pdfs = renderer.pdfRenderer();
    int refusedBefore = pdfs.refusedResources().size();

    DocumentRenderer.Rendered rendered = renderer.render(document, input);

    String xhtml = rendered.xhtml();
    assertThat(xhtml).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("&lt;img src=")
        .contains("&lt;a href=")
        .contains("&lt;link rel=")
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("<a ")
        .doesNotContain("<link")
        .doesNotContain("src=\"file:")
        .doesNotContain("href=\"http");

    String text = pdfText(rendered.pdf());
    assertThat(text).contains(SCRIPT).contains(HOSTILE_PARAGRAPH).contains(localImage);
    assertThat(text).doesNotContain("LEAKED").doesNotContain("root:x:");

    List<String> refused = pdfs.refusedResources();
    assertThat(refused.subList(refusedBefore, refused.size()))
        .as("resources the render tried to load").isEmpty();
    assertThat(requests).as("requests that reached the network").isEmpty();
  }

  @Test
  void externalResourcesInXhtmlAreRefused() throws IOException {
    String xhtml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
        <head>
          <meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
          <title>Hostile</title>
          <link rel="stylesheet" href="http://example.com/a.css"/>
          <link rel="stylesheet" href="%1$s"/>
          <style>
            @import url("%2$s");
            @font-face { font-family: "Remote"; src: url("%3$s"); }
            html { font-family: "Liberation Serif", serif; }
            .bg { background-image: url("%4$s"); height: 10mm; }
            .local { background-image: url("file:///etc/hostname"); height: 10mm; }
          </style>
        </head>
        <body>
          <p>Trang có tài nguyên bên ngoài.</p>
          <img src="file:///etc/passwd"/>
          <img src="%5$s"/>
          <div class="bg"></div>
          <div class="local"></div>
          <object data="%6$s" type="image/png"></object>
          <p style="font-family: Remote">Phông chữ từ xa.</p>
        </body>
        </html>
        """.formatted(local("/link.css"), local("/import.css"), local("/font.ttf"),
        local("/background.png"), local("/image.png"), local("/object.png"));
    PdfRenderer pdfs = renderer.pdfRenderer();
    int refusedBefore = pdfs.refusedResources().size();
    ArchivalMetadata metadata = new ArchivalMetadata("Hostile", "Tài nguyên bên ngoài", null,
        "BẢO HIỂM XÃ HỘI VIỆT NAM", null, "vi", null);

    byte[][] pdf = new byte[1][];
    assertThatCode(() -> pdf[0] = pdfs.render(xhtml, metadata)).doesNotThrowAnyException();

    assertThat(new String(pdf[0], 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    assertThat(pdfText(pdf[0])).contains("Trang có tài nguyên bên ngoài.")
        .doesNotContain("LEAKED").doesNotContain("root:");
    List<String> refused = pdfs.refusedResources();
    List<String> refusedNow = refused.subList(refusedBefore, refused.size());
    assertThat(refusedNow).contains("file:///etc/passwd", "http://example.com/a.css",
        local("/link.css"), local("/import.css"), local("/font.ttf"), local("/background.png"),
        "file:///etc/hostname", local("/image.png"));
    assertThat(requests).as("requests that reached the network").isEmpty();
  }

  @Test
  void externalEntitiesInXhtmlAreNotResolved() {
    String xhtml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE html [
          <!ENTITY local SYSTEM "file:///etc/passwd">
          <!ENTITY remote SYSTEM "%s">
        ]>
        <html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
        <head><title>XXE</title><style>html { font-family: "Liberation Serif"; }</style></head>
        <body><p>before &local; &remote; after</p></body>
        </html>
        """.formatted(local("/entity.txt"));
    ArchivalMetadata metadata = new ArchivalMetadata("XXE", "XXE", null, "BHXH", null, "vi", null);
    byte[] pdf;
    try {
      pdf = renderer.pdfRenderer().render(xhtml, metadata);
    } catch (RuntimeException refused) {
      // Refusing the DOCTYPE outright is as good as not resolving it.
      assertThat(requests).as("requests that reached the network").isEmpty();
      return;
    }
    assertThat(pdfText(pdf)).contains("before").contains("after")
        .doesNotContain("root:").doesNotContain("LEAKED");
    assertThat(requests).as("requests that reached the network").isEmpty();
  }

  /** Text the reader accepts must also render: fonts lacking a glyph are not the clerk's fault. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Biểu tượng cảm xúc 😀 và 👍🏽 trong trích yếu",
      "Chữ Hán 漢字 và chữ Nôm 𡨸喃",
      "Tiếng Ả Rập مرحبا بالعالم ở giữa câu",
      "Ký tự đảo chiều \u202Eabc\u202C và ZWSP\u200Bở giữa\uFEFFBOM",
      "Dấu chồng a\u0300\u0301\u0302\u0303\u0323 e\u0309\u0309\u0309",
      "Mộttừrấtdàikhôngcókhoảngtrắng-Mộttừrấtdàikhôngcókhoảngtrắng-Mộttừrấtdàikhôngcókhoảngtrắng"
          + "-Mộttừrấtdàikhôngcókhoảngtrắng-Mộttừrấtdàikhôngcókhoảngtrắng-Mộttừrấtdàikhôngcó",
      "Ký hiệu toán học 𝔸𝔹ℂ ∀x∈ℝ và ô vuông ☐☑ và ① ② ③",
  })
  void unusualButValidTextRenders(String text) throws IOException {
    ObjectNode json = (ObjectNode) MAPPER.readTree(Files.readAllBytes(SAMPLE));
    json.remove("attachments");
    String decoded = text.translateEscapes();
    json.put("subject", decoded);
    ArrayNode body = json.putArray("body");
    body.addObject().put("kind", "paragraph").put("text", decoded);
    ObjectNode table = body.addObject().put("kind", "table");
    table.putArray("header").add("TT").add(decoded);
    table.putArray("rows").addArray().add("1").add(decoded);
    byte[] input = MAPPER.writeValueAsBytes(json);
    OfficialDocument document = new DocumentReader().read(input);

    byte[] pdf = renderer.render(document, input).pdf();

    assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    assertThat(pdfText(pdf)).contains("TT");
    assertThat(requests).isEmpty();
  }

  private static String pdfText(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
