package vn.vanthu.archive.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Recognises and normalises document numbers ({@code số, ký hiệu}) such as 813/QĐ-BHXH. */
public final class DocumentNumbers {

  private static final Analyzer ANALYZER = new DocumentNumberAnalyzer();

  private static final String PART = "[\\p{L}\\p{M}\\d]+";

  // In running text a number needs its slash and a symbol with a letter (30/2020/NĐ-CP,
  // 78/2025/UBTVQH15), so that dates such as 01/01/2023 and fractions are not taken for one.
  private static final Pattern IN_TEXT = Pattern.compile(
      "(?<![\\p{L}\\p{M}\\d/])\\d+[a-zA-Z]?(?:/\\d+)*/\\p{L}[\\p{L}\\p{M}\\d]*"
          + "(?:[-–]" + PART + ")*");

  // Typed on its own, a number may use any separator: "813 qd bhxh".
  private static final Pattern WHOLE = Pattern.compile(
      "(?:số\\s+)?\\d+[a-zA-Z]?(?:[\\s/\\-–.]+" + PART + ")+", Pattern.CASE_INSENSITIVE);

  private static final Pattern VOWEL = Pattern.compile("[aeiouy]");

  private static final Pattern PREFIX = Pattern.compile("^số\\s+", Pattern.CASE_INSENSITIVE);

  private DocumentNumbers() {}

  /** The normalised parts of a number: {@code 813/QĐ-BHXH} gives {@code [813, qd, bhxh]}. */
  public static List<String> parts(String number) {
    List<String> parts = new ArrayList<>();
    try (TokenStream stream = ANALYZER.tokenStream("", number)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        parts.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    return parts;
  }

  /** One key per number, the same for every spelling: {@code 813 qd bhxh}. */
  public static String key(String number) {
    return String.join(" ", parts(number));
  }

  /**
   * Whether {@code input} as a whole is a document number: digits first, then a symbol whose
   * parts are upper-case or vowel-less ({@code QĐ}, {@code bhxh}), so that "813 ubnd" is not taken
   * for a number while "813 UBND", "813/ubnd" and "813 qd bhxh" are.
   */
  public static boolean isNumberLike(String input) {
    String text = Normalizer.normalize(input.strip(), Normalizer.Form.NFC);
    if (IN_TEXT.matcher(text).matches()) {
      return true;
    }
    if (!WHOLE.matcher(text).matches()) {
      return false;
    }
    String[] words = text.split("[\\s/\\-–.]+");
    boolean symbol = false;
    for (String word : words) {
      if (word.chars().allMatch(Character::isDigit) || word.equalsIgnoreCase("số")) {
        continue;
      }
      boolean upper = word.equals(word.toUpperCase(Locale.ROOT)) && word.length() > 1;
      if (!upper && VOWEL.matcher(Folding.fold(word)).find()) {
        return false;
      }
      symbol = true;
    }
    return symbol;
  }

  /** The document numbers written in running text, in order of appearance. */
  public static List<String> find(String text) {
    String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
    if (isNumberLike(composed)) {
      return List.of(PREFIX.matcher(composed.strip()).replaceFirst(""));
    }
    List<String> found = new ArrayList<>();
    Matcher matcher = IN_TEXT.matcher(composed);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }
}
