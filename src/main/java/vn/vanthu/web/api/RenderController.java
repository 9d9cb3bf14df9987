package vn.vanthu.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vanthu.document.DocumentReader;
import vn.vanthu.document.InvalidDocumentException;
import vn.vanthu.document.OfficialDocument;
import vn.vanthu.document.Violation;
import vn.vanthu.rendering.DocumentRenderer;

/** Renders a document's JSON into its archival PDF, without storing anything. */
@RestController
@ConditionalOnWebApplication
@Tag(name = "Rendering")
class RenderController {

  private final DocumentReader reader = new DocumentReader();
  private final DocumentRenderer renderer;

  RenderController(DocumentRenderer renderer) {
    this.renderer = renderer;
  }

  // Any Content-Type is read as the document's JSON (curl --data-binary sends form encoding).
  @PostMapping(path = "/api/render", produces = MediaType.APPLICATION_PDF_VALUE)
  @Operation(summary = "Render a document to its archival PDF; nothing is stored",
      description = "Roles: clerk, comms, admin. The body is the document JSON "
          + "(docs/document.schema.json), at most 16 MB.")
  @RequestBody(required = true, description = ApiDocumentation.DOCUMENT_BODY,
      content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
          schema = @Schema(type = "object")))
  @ApiResponse(responseCode = "200", description = "The PDF/A-3a + PDF/UA-1 document",
      content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
          schema = @Schema(type = "string", format = "binary")))
  @Problems({400})
  ResponseEntity<byte[]> render(@Parameter(hidden = true) InputStream body) throws IOException {
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
