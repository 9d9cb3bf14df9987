package vn.vanthu.web.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.vanthu.archive.DocumentNotFound;
import vn.vanthu.document.InvalidDocumentException;

/** Maps domain failures to RFC 9457 problem details, once for the whole API. */
@RestControllerAdvice(basePackages = "vn.vanthu.web.api")
class ProblemAdvice {

  @ExceptionHandler(InvalidDocumentException.class)
  ResponseEntity<ProblemDetail> invalidDocument(InvalidDocumentException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        e.violations().size() + " field(s) of the document are not valid");
    problem.setType(URI.create("urn:vanthu:problem:invalid-document"));
    problem.setTitle("Invalid document");
    List<Map<String, String>> errors = e.violations().stream()
        .map(v -> Map.of("field", v.field(), "reason", v.reason()))
        .toList();
    problem.setProperty("errors", errors);
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  @ExceptionHandler(DocumentNotFound.class)
  ResponseEntity<ProblemDetail> notFound(DocumentNotFound e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
        "There is no such document, or you may not see it.");
    problem.setTitle("Document not found");
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
