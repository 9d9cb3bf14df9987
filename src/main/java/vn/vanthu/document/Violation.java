package vn.vanthu.document;

/**
 * One thing wrong with an input document.
 *
 * @param field where, as a JSON path such as {@code body[2].children[0].text}; {@code $} for the
 *     whole input
 * @param reason why, in a sentence a clerk can act on
 */
public record Violation(String field, String reason) {

  @Override
  public String toString() {
    return field + ": " + reason;
  }
}
