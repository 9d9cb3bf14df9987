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
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vanthu.access.Clearance;
import vn.vanthu.access.Viewer;
import vn.vanthu.access.Viewers;
import vn.vanthu.archive.Archive;
import vn.vanthu.archive.ArchivedDocument;
import vn.vanthu.archive.DocumentIssuing;
import vn.vanthu.document.DocumentReader;
import vn.vanthu.document.InvalidDocumentException;
import vn.vanthu.document.Violation;
import vn.vanthu.numbering.Register;
import vn.vanthu.numbering.RegisterEntry;

/** Issuing and reading documents, as the authenticated caller with their clearance. */
@RestController
@ConditionalOnWebApplication
@Tag(name = "Documents")
class DocumentController {

  private final DocumentIssuing issuing;
  private final Archive archive;
  private final Register register;

  DocumentController(DocumentIssuing issuing, Archive archive, Register register) {
    this.issuing = issuing;
    this.archive = archive;
    this.register = register;
  }

  @PostMapping(path = "/api/documents", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Issue a draft: the next number of its series, today's date, archived",
      description = "Roles: clerk, admin. A document that already has a number is refused.")
  @RequestBody(required = true, description = ApiDocumentation.DOCUMENT_BODY,
      content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
          schema = @Schema(type = "object")))
  @ApiResponse(responseCode = "201", description = "The archived record; Location names it")
  @Problems({400})
  ResponseEntity<ArchivedDocument> issue(@Parameter(hidden = true) InputStream body)
      throws IOException {
    Viewer viewer = Viewers.current();
    ArchivedDocument issued = issuing.issue(read(body), viewer.name(),
        viewer.highestClassification());
    return ResponseEntity.created(URI.create("/api/documents/" + issued.id()))
        .cacheControl(CacheControl.noStore()).body(issued);
  }

  @PostMapping(path = "/api/documents/preview", produces = MediaType.APPLICATION_PDF_VALUE)
  @Operation(summary = "Preview a draft as a PDF with a blank number; nothing is stored",
      description = "Roles: clerk, admin.")
  @RequestBody(required = true, description = ApiDocumentation.DOCUMENT_BODY,
      content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
          schema = @Schema(type = "object")))
  @ApiResponse(responseCode = "200", description = "The draft's PDF",
      content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
          schema = @Schema(type = "string", format = "binary")))
  @Problems({400})
  ResponseEntity<byte[]> preview(@Parameter(hidden = true) InputStream body) throws IOException {
    return pdf(issuing.preview(read(body)), "preview.pdf");
  }

  @GetMapping(path = "/api/documents/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "A document's record, its links both ways and its history",
      description = "Roles: staff, clerk, admin. Audited as a view.")
  @ApiResponse(responseCode = "200", description = "The record")
  @Problems({404})
  ResponseEntity<Archive.Details> details(@PathVariable String id) {
    Viewer viewer = Viewers.current();
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(archive.details(id, viewer.name(), viewer.highestClassification()));
  }

  @GetMapping(path = "/api/documents/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  @Operation(summary = "Download the archival PDF (or an imported original PDF)",
      description = "Roles: staff, clerk, admin. Audited as a download.")
  @ApiResponse(responseCode = "200", description = "The PDF",
      content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
          schema = @Schema(type = "string", format = "binary")))
  @Problems({404})
  ResponseEntity<byte[]> pdf(@PathVariable String id) {
    Viewer viewer = Viewers.current();
    return pdf(archive.pdf(id, viewer.name(), viewer.highestClassification()), id + ".pdf");
  }

  @GetMapping(path = "/api/documents/{id}/source", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Download the source JSON of a document issued here, with its number",
      description = "Roles: staff, clerk, admin. Audited as a download.")
  @ApiResponse(responseCode = "200", description = "The document JSON",
      content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
          schema = @Schema(type = "object")))
  @Problems({404})
  ResponseEntity<byte[]> source(@PathVariable String id) {
    Viewer viewer = Viewers.current();
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
        .cacheControl(CacheControl.noStore())
        .body(archive.source(id, viewer.name(), viewer.highestClassification()));
  }

  /**
   * The register, without the secret series for anyone not cleared for tuyệt mật: their last
   * numbers count secret documents (of every level, as the levels share one series), and how many
   * secret documents an agency issued is itself sensitive.
   */
  @GetMapping(path = "/api/register", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The last number of each register series",
      description = "Roles: clerk, staff, admin. The secret (mat-) series are listed only for "
          + "callers cleared for tuyệt mật.")
  @ApiResponse(responseCode = "200", description = "The series, by issuer, year and series")
  @Problems({400})
  List<RegisterEntry> register(
      @Parameter(description = "An issuer's abbreviation, e.g. BHXH")
          @RequestParam(required = false) @Nullable String issuer,
      @Parameter(description = "A calendar year, e.g. 2026")
          @RequestParam(required = false) @Nullable Integer year) {
    boolean secretSeries = Viewers.current().clearance() == Clearance.TUYET_MAT;
    return register.entries(issuer, year).stream()
        .filter(entry -> secretSeries || !entry.series().secret())
        .toList();
  }

  private static byte[] read(InputStream body) throws IOException {
    byte[] json = body.readNBytes(DocumentReader.MAX_INPUT_BYTES + 1);
    if (json.length > DocumentReader.MAX_INPUT_BYTES) {
      throw new InvalidDocumentException(List.of(new Violation("$",
          "the input is larger than " + DocumentReader.MAX_INPUT_BYTES / (1024 * 1024) + " MB")));
    }
    return json;
  }

  // no-store: a document may be secret, and no cache on the way or in the browser should keep it.
  private static ResponseEntity<byte[]> pdf(byte[] pdf, String filename) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .cacheControl(CacheControl.noStore())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(filename, StandardCharsets.UTF_8).build().toString())
        .body(pdf);
  }
}
