package vn.vanthu.web.api;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import java.util.List;
import vn.vanthu.document.DocumentReader;
import vn.vanthu.document.InvalidDocumentException;
import vn.vanthu.document.Violation;
import vn.vanthu.document.OfficialDocument;
import vn.vanthu.rendering.DocumentRenderer;

/** Renders a document's JSON into its archival PDF, without storing anything. */
@RestController
@ConditionalOnWebApplication
class RenderController {

  private final DocumentReader reader = new DocumentReader();
  private final DocumentRenderer renderer;

  RenderController(DocumentRenderer renderer) {
    this.renderer = renderer;
  }

  @PostMapping(path = "/api/render", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> render(InputStream body) throws IOException {
    byte[] json = body.readNBytes(DocumentReader.MAX_INPUT_BYTES + 1);
    if (json.length > DocumentReader.MAX_INPUT_BYTES) {
      throw new InvalidDocumentException(List.of(new Violation("$",
          "the input is larger than " + DocumentReader.MAX_INPUT_BYTES / (1024 * 1024) + " MB")));
    }
    OfficialDocument document = reader.read(json);
    byte[] pdf = renderer.render(document, json).pdf();
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(pdf);
  }
}
