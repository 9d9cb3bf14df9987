package vn.vanthu.document;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when an input document is not valid; carries every violation found, not only the first. */
public final class InvalidDocumentException extends RuntimeException {

  private final List<Violation> violations;

  public InvalidDocumentException(List<Violation> violations) {
    super(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  /** Every violation found, in input order. */
  public List<Violation> violations() {
    return violations;
  }
}
