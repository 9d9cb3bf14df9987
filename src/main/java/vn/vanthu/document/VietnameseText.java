package vn.vanthu.document;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Normalises text the way every record stores it: NFC, single spaces, no surrounding blanks.
 *
 * <p>NFC matters beyond looks: PDFBox positions no combining marks and Lucene folds only
 * precomposed letters, so decomposed Vietnamese would print and search wrongly.
 */
public final class VietnameseText {

  /**
   * The locale of every case mapping, template and format of Vietnamese text: explicit, so that
   * nothing depends on the machine's default.
   */
  public static final Locale LOCALE = Locale.forLanguageTag("vi-VN");

  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  private VietnameseText() {}

  /** NFC, whitespace runs (line breaks included) collapsed to one space, trimmed. */
  public static String normalize(String text) {
    String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
    return WHITESPACE.matcher(composed).replaceAll(" ").strip();
  }

  /** As {@link #normalize(String)}, with null or blank text becoming null. */
  public static @Nullable String normalizeOptional(@Nullable String text) {
    if (text == null) {
      return null;
    }
    String normalized = normalize(text);
    return normalized.isEmpty() ? null : normalized;
  }

  /** Normalises each line of a list and returns an unmodifiable copy. */
  public static List<String> normalizeAll(List<String> lines) {
    return lines.stream().map(VietnameseText::normalize).toList();
  }

  /** The first character that has no place in a document's text, or -1: controls and non-characters. */
  public static int firstForbiddenCodePoint(String text) {
    return text.codePoints()
        .filter(c -> (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')
            || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE
            || Character.getType(c) == Character.SURROGATE)
        .findFirst()
        .orElse(-1);
  }
}
