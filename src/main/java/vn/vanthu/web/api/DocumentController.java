package vn.vanthu.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
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
  ResponseEntity<ArchivedDocument> issue(InputStream body) throws IOException {
    ArchivedDocument issued = issuing.issue(read(body), Viewers.current().name());
    return ResponseEntity.created(URI.create("/api/documents/" + issued.id())).body(issued);
  }

  @PostMapping(path = "/api/documents/preview", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> preview(InputStream body) throws IOException {
    return pdf(issuing.preview(read(body)), "preview.pdf");
  }

  @GetMapping(path = "/api/documents/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  Archive.Details details(@PathVariable String id) {
    Viewer viewer = Viewers.current();
    return archive.details(id, viewer.name(), viewer.highestClassification());
  }

  @GetMapping(path = "/api/documents/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> pdf(@PathVariable String id) {
    Viewer viewer = Viewers.current();
    return pdf(archive.pdf(id, viewer.name(), viewer.highestClassification()), id + ".pdf");
  }

  @GetMapping(path = "/api/documents/{id}/source", produces = MediaType.APPLICATION_JSON_VALUE)
  byte[] source(@PathVariable String id) {
    Viewer viewer = Viewers.current();
    return archive.source(id, viewer.name(), viewer.highestClassification());
  }

  @GetMapping(path = "/api/register", produces = MediaType.APPLICATION_JSON_VALUE)
  List<RegisterEntry> register(@RequestParam(required = false) @Nullable String issuer,
      @RequestParam(required = false) @Nullable Integer year) {
    return register.entries(issuer, year);
  }

  private static byte[] read(InputStream body) throws IOException {
    byte[] json = body.readNBytes(DocumentReader.MAX_INPUT_BYTES + 1);
    if (json.length > DocumentReader.MAX_INPUT_BYTES) {
      throw new InvalidDocumentException(List.of(new Violation("$",
          "the input is larger than " + DocumentReader.MAX_INPUT_BYTES / (1024 * 1024) + " MB")));
    }
    return json;
  }

  private static ResponseEntity<byte[]> pdf(byte[] pdf, String filename) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + filename + "\"")
        .body(pdf);
  }
}
