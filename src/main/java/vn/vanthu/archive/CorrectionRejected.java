package vn.vanthu.archive;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import vn.vanthu.archive.ingest.MetadataField;

/** A metadata correction that was not saved, with each rejected field and why. */
public final class CorrectionRejected extends RuntimeException {

  /** Why a field's value was rejected. */
  public enum Problem {
    /** Not a value of the field: a date that is no date, an unknown type or độ mật. */
    INVALID,
    /** The field may not be empty (the issuer). */
    REQUIRED,
    /** Longer than the archive keeps. */
    TOO_LONG,
    /** A độ mật above the corrector's own clearance: they would classify what they cannot see. */
    ABOVE_CLEARANCE
  }

  private final Map<MetadataField, Problem> problems;

  public CorrectionRejected(Map<MetadataField, Problem> problems) {
    super(problems.entrySet().stream()
        .map(e -> e.getKey().jsonName() + ": " + e.getValue().name().toLowerCase(java.util.Locale.ROOT))
        .collect(Collectors.joining(", ")));
    this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
  }

  /** Each rejected field with its problem, in the order of {@link MetadataField}. */
  public Map<MetadataField, Problem> problems() {
    return problems;
  }
}
