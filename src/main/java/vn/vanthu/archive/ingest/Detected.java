package vn.vanthu.archive.ingest;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One metadata value with how sure ingest is of it and where it came from.
 *
 * @param value the value; null when nothing was found
 * @param confidence 0 (a guess, or nothing found) to 1 (declared or corrected by a person)
 * @param origin whether it was detected in the text, declared with the input, or corrected
 */
public record Detected<T>(@Nullable T value, double confidence, Origin origin) {

  /** Where a value came from. */
  public enum Origin {
    /** Found in the text by {@link MetadataDetector}. */
    DETECTED,
    /** Given with the input, e.g. a field of a bulk JSONL line. */
    DECLARED,
    /** Set by a person reviewing what was detected. */
    CORRECTED
  }

  /** Checks the confidence is within 0..1. */
  public Detected {
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
    }
  }

  /** Nothing found. */
  public static <T> Detected<T> absent() {
    return new Detected<>(null, 0, Origin.DETECTED);
  }

  /** Found in the text with the given confidence. */
  public static <T> Detected<T> of(T value, double confidence) {
    return new Detected<>(value, confidence, Origin.DETECTED);
  }

  /** Given with the input: certain. */
  public static <T> Detected<T> declared(T value) {
    return new Detected<>(value, 1, Origin.DECLARED);
  }

  /** Set by a person: certain, and null clears the value. */
  public static <T> Detected<T> corrected(@Nullable T value) {
    return new Detected<>(value, 1, Origin.CORRECTED);
  }

  /** The value, if any. */
  public Optional<T> asOptional() {
    return Optional.ofNullable(value);
  }

  /** Whether there is a value. */
  public boolean isPresent() {
    return value != null;
  }
}
