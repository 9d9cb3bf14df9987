package vn.vanthu.web.api;

import java.net.URI;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The last resort of the API: a failure nobody foresaw is logged in full with a reference, and the
 * caller gets a {@code 500} problem with that reference only, never a stack trace or an exception's
 * name (which would tell an attacker what runs inside). It runs after Spring Boot's problem handler,
 * so that the framework's own errors keep their precise status.
 */
@RestControllerAdvice(basePackages = "vn.vanthu.web.api")
@Order(Ordered.LOWEST_PRECEDENCE)
class UnexpectedProblemAdvice {

  private static final Logger log = LoggerFactory.getLogger(UnexpectedProblemAdvice.class);

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    String reference = UUID.randomUUID().toString();
    log.error("unexpected failure of an API call, reference {}", reference, e);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
        "The service failed to answer; the failure is logged under reference " + reference + ".");
    problem.setType(URI.create("urn:vanthu:problem:internal-error"));
    problem.setTitle("Internal error");
    problem.setProperty("reference", reference);
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
