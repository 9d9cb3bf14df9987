package vn.vanthu.web.api;

import java.util.List;
import vn.vanthu.document.Violation;

/** Query parameters of an API call that are missing, malformed or out of range, each with why. */
final class InvalidParameters extends RuntimeException {

  private final List<Violation> violations;

  InvalidParameters(List<Violation> violations) {
    super(violations.size() + " parameter(s) of the request are not valid");
    this.violations = List.copyOf(violations);
  }

  /** One bad parameter. */
  static InvalidParameters of(String parameter, String reason) {
    return new InvalidParameters(List.of(new Violation(parameter, reason)));
  }

  List<Violation> violations() {
    return violations;
  }
}
