package vn.vanthu.archive.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The little syntax users type: words, {@code "quoted phrases"} and {@code -excluded} words or
 * phrases. Nothing else is special, because questions pasted into a search box are full of
 * punctuation that a query parser would reject or misread.
 */
record QuerySyntax(String words, List<String> phrases, List<String> exclusions) {

  /** Splits user input; an unclosed quote runs to the end, typographic quotes count as quotes. */
  static QuerySyntax parse(String input) {
    StringBuilder words = new StringBuilder();
    List<String> phrases = new ArrayList<>();
    List<String> exclusions = new ArrayList<>();
    int i = 0;
    int n = input.length();
    while (i < n) {
      char c = input.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      boolean excluded = c == '-' && i + 1 < n && !Character.isWhitespace(input.charAt(i + 1));
      int start = excluded ? i + 1 : i;
      int end;
      String text;
      if (isQuote(input.charAt(start))) {
        end = start + 1;
        while (end < n && !isQuote(input.charAt(end))) {
          end++;
        }
        text = input.substring(start + 1, end);
        end = Math.min(end + 1, n);
      } else {
        end = start;
        while (end < n && !Character.isWhitespace(input.charAt(end))
            && !isQuote(input.charAt(end))) {
          end++;
        }
        text = input.substring(start, end);
      }
      if (excluded) {
        exclusions.add(text);
      } else if (isQuote(input.charAt(start))) {
        phrases.add(text);
      } else {
        words.append(words.isEmpty() ? "" : " ").append(text);
      }
      i = end;
    }
    return new QuerySyntax(words.toString(), List.copyOf(phrases), List.copyOf(exclusions));
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';
  }
}
