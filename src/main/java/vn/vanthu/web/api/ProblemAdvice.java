package vn.vanthu.web.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import vn.vanthu.archive.DocumentNotFound;
import vn.vanthu.document.InvalidDocumentException;
import vn.vanthu.document.Violation;

/**
 * Maps domain failures and bad parameters to RFC 9457 problem details, once for the whole API. It
 * runs before Spring Boot's own problem handler, which answers the remaining framework errors (404,
 * 405, 406, 413, 415) in the same format; {@link UnexpectedProblemAdvice} answers everything else.
 */
@RestControllerAdvice(basePackages = "vn.vanthu.web.api")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemAdvice {

  /** The problem type of a request whose parameters are wrong. */
  static final URI INVALID_REQUEST = URI.create("urn:vanthu:problem:invalid-request");
  /** The problem type of a document that does not exist for the caller. */
  static final URI NOT_FOUND = URI.create("urn:vanthu:problem:document-not-found");

  @ExceptionHandler(InvalidDocumentException.class)
  ResponseEntity<ProblemDetail> invalidDocument(InvalidDocumentException e) {
    return invalid(URI.create("urn:vanthu:problem:invalid-document"), "Invalid document",
        e.violations().size() + " field(s) of the document are not valid", e.violations());
  }

  @ExceptionHandler(InvalidParameters.class)
  ResponseEntity<ProblemDetail> invalidParameters(InvalidParameters e) {
    return invalidRequest(e.violations());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
    Class<?> type = e.getRequiredType();
    String expected = type == Integer.class || type == int.class ? "a whole number"
        : type == LocalDate.class ? "a date like 2024-09-05" : "a valid value";
    String value = String.valueOf(e.getValue());
    String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
    return invalidRequest(List.of(new Violation(e.getName(),
        "must be " + expected + " (was '" + shown + "')")));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
    return invalidRequest(List.of(new Violation(e.getParameterName(), "is required")));
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e) {
    return invalidRequest(List.of(new Violation(e.getRequestPartName(),
        "is required: send the files as multipart/form-data parts named '"
            + e.getRequestPartName() + "'")));
  }

  /**
   * The same answer whether the document does not exist or is above the caller's clearance: the
   * body names no id and no reason, so that a secret document cannot be told from a missing one.
   */
  @ExceptionHandler(DocumentNotFound.class)
  ResponseEntity<ProblemDetail> notFound(DocumentNotFound e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
        "There is no such document, or you may not see it.");
    problem.setType(NOT_FOUND);
    problem.setTitle("Document not found");
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  private static ResponseEntity<ProblemDetail> invalidRequest(List<Violation> violations) {
    return invalid(INVALID_REQUEST, "Invalid request",
        violations.size() + " parameter(s) of the request are not valid", violations);
  }

  private static ResponseEntity<ProblemDetail> invalid(URI type, String title, String detail,
      List<Violation> violations) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setType(type);
    problem.setTitle(title);
    // Records keep their order in JSON: each error reads {"field": …, "reason": …}.
    problem.setProperty("errors", List.copyOf(violations));
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
