package vn.vanthu.archive.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.vanthu.archive.ingest.CleanedText.Noise;
import vn.vanthu.archive.ingest.CleanedText.RemovedLine;

/**
 * Repairs what text extraction does to an official document: words split into glyph runs ("Ban
 * H\nợ\np tác"), sentences broken at every line, running headers and page numbers,
 * digital-signature stamps and web-portal links. Structure survives: headings, "Điều 1.", "1.",
 * "a)", "-" bullets, the header block and the signature block stay on lines of their own, and a
 * blank line in the source stays a blank line. Only whitespace is added or taken between letters;
 * removed lines are listed.
 */
public final class TextCleaner {

  private static final Pattern MARKDOWN_HEADING = Pattern.compile("(?U)^#{1,6}\\s+");

  private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern GAZETTE_HEADER = Pattern.compile(
      "(?U)^(?:\\d{1,4}\\s+)?CÔNG\\s*BÁO\\s*/\\s*Số\\s*\\d+(?:\\s*\\+\\s*\\d+)*"
          + "(?:\\s*/\\s*Ngày\\s*\\d{1,2}\\s*[-/.]\\s*\\d{1,2}\\s*[-/.]\\s*\\d{2,4})?"
          + "(?:\\s+\\d{1,4})?$",
      I);
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "(?U)^(?:[-–]\\s*)?\\d{1,4}(?:\\s*[-–])?$"
          + "|^(?:Trang|Page)\\s+\\d{1,4}(?:\\s*(?:/|của|of)\\s*\\d{1,4})?$",
      I);
  private static final Pattern STAMP_KEY = Pattern.compile(
      "(?U)^(?:Ký bởi|Người ký|Được ký bởi|Signed by|Email|E-mail|Cơ quan|Chức vụ|Thời gian ký"
          + "|Ngày ký|Ngày giờ ký|Signing time)\\s*:",
      I);
  private static final Pattern STAMP_SIGNER_KEY =
      Pattern.compile("(?U)^(?:Ký bởi|Người ký|Được ký bởi|Signed by)\\s*:", I);
  private static final Pattern STAMP_LINE = Pattern.compile(
      "(?U)^(?:Signature\\s+(?:Not\\s+)?(?:Verified|Valid)|Digitally\\s+signed\\s+by\\b.*"
          + "|Ký\\s+số\\s+bởi\\s*:.*)$",
      I);
  private static final Pattern PORTAL = Pattern.compile(
      "(?U)^Tải\\s+(?:về\\s+)?(?:văn\\s+bản|file|tệp)\\b.{0,40}$", I);

  // A line that opens a new element of the document rather than continuing the sentence above.
  private static final Pattern STRUCTURAL = Pattern.compile(
      "(?U)^(?:Điều\\s+\\d+[a-zđ]?\\s*[.:]"
          + "|(?:Chương|Mục|Phần|Tiểu\\s+mục)\\s+(?:thứ\\s+\\S+|[IVXLCDM]+|\\d+)\\s*$"
          + "|(?:Chương|Phần|CHƯƠNG|PHẦN)\\s+[IVXLCDM]+\\s+\\p{Lu}"
          + "|(?:Phụ\\s+lục|PHỤ\\s+LỤC)(?:\\s+[IVXLCDM\\d]+(?:\\.\\d+)*)?(?:\\s*$|\\s+\\p{Lu})"
          + "|[IVXLCDM]{1,6}\\.(?:\\s|$)"
          + "|\\d{1,3}(?:\\.\\d{1,3})*[.)](?:\\s|$)"
          + "|[a-zđ]\\)(?:\\s|$)"
          + "|[-–—+•*](?:\\s*[\\p{Lu}\\d“\"(]|$)"
          + "|Căn\\s+cứ\\b|Theo\\s+đề\\s+nghị\\b|Xét\\s+đề\\s+nghị\\b|Xét\\s+[Tt]ờ\\s+trình\\b"
          + "|Nơi\\s+nhận\\b|Kính\\s+gửi\\b|V/v\\b|Về\\s+việc\\b"
          + "|(?:QUYẾT\\s+ĐỊNH|QUYẾT\\s+NGHỊ|CHỈ\\s+THỊ)\\s*:"
          + "|Số\\s*:|(?:Luật|Bộ\\s+luật|Pháp\\s+lệnh|Lệnh|Nghị\\s+quyết|Nghị\\s+định|Quyết\\s+định"
          + "|Thông\\s+tư|Văn\\s+bản\\s+hợp\\s+nhất)\\s+số\\s*:"
          + "|(?:TM|KT|TL|TUQ)\\.\\s|Q\\.\\s+\\p{Lu}{2}"
          + "|\\((?:Ban\\s+hành\\s+)?[Kk]èm\\s+theo|\\[\\d{1,3}\\])");
  // A paragraph that is only a numbering mark: the text it numbers follows on the next line.
  private static final Pattern MARKER_ONLY = Pattern.compile(
      "(?U)^(?:Điều\\s+\\d+[a-zđ]?\\s*[.:]|[IVXLCDM]{1,6}\\.|\\d{1,3}(?:\\.\\d{1,3})*[.)]"
          + "|[a-zđ]\\)|[-–—+•*])$");
  private static final Pattern NUMBER_LINE = Pattern.compile(
      "(?U)^(?:(?:Luật|Bộ\\s+luật|Pháp\\s+lệnh|Lệnh|Nghị\\s+quyết|Nghị\\s+định|Quyết\\s+định"
          + "|Thông\\s+tư(?:\\s+liên\\s+tịch)?|Văn\\s+bản\\s+hợp\\s+nhất)\\s+số|Số)"
          + "\\s*:?\\s*\\S*\\d\\S*$");
  // "Điều 1. Phạm vi điều chỉnh": an article's title, short, with its text on the next line.
  private static final Pattern ARTICLE_TITLE =
      Pattern.compile("(?U)^Điều\\s+\\d+[a-zđ]?\\s*[.:]\\s+\\S.{0,50}$");
  // A label word alone, its number on the next line: "Điều" / "19. …", "Chương" / "IV".
  private static final Pattern LABEL_WORD =
      Pattern.compile("(?U)^(?:Điều|Chương|Mục|Phần|Phụ\\s+lục)$");
  private static final Pattern ROMAN_HEADING = Pattern.compile("(?U)^[IVXLCDM]{1,6}\\.\\s");
  private static final Pattern RULE_START = Pattern.compile("(?U)^[-_=*~…·]{3,}");
  // A label whose title follows on the next line: "Chương I", "Phụ lục IV", "Mục 2".
  private static final Pattern LABEL_ONLY = Pattern.compile(
      "(?U)^(?:Chương|Mục|Phần|Tiểu\\s+mục|Phụ\\s+lục|PHỤ\\s+LỤC|CHƯƠNG)\\s+"
          + "(?:thứ\\s+\\S+|[IVXLCDM\\d]+(?:\\.\\d+)*)\\.?$");
  private static final Pattern FRAGMENT = Pattern.compile("(?U)^\\p{L}{1,2}$");
  private static final Pattern ACRONYM_PIECE = Pattern.compile("(?U)^[A-ZĐ]{1,4}$");

  // Paragraphs longer than this are tested on their tail only: the line patterns are all short.
  private static final int SHORT = 120;

  private enum Join { GLUE, SPACE, BREAK, BREAK_BLANK }

  private record Line(String text, int page) {}

  /** Cleans text whose pages, if known, are separated by form feeds ({@code \f}). */
  public CleanedText clean(String text) {
    return clean(Arrays.asList(text.split("\f", -1)));
  }

  /** Cleans the text of an extracted file, page by page. */
  public CleanedText clean(ExtractedText extracted) {
    return clean(extracted.pages());
  }

  /** Cleans a document given as its pages' texts. */
  public CleanedText clean(List<String> pages) {
    List<Line> lines = new ArrayList<>();
    for (int page = 0; page < pages.size(); page++) {
      for (String raw : normalizeCharacters(pages.get(page)).split("\n", -1)) {
        String line = collapseSpaces(raw);
        if (!line.isEmpty() && line.charAt(0) == '#') {
          line = MARKDOWN_HEADING.matcher(line).replaceFirst("");
        }
        lines.add(new Line(line, page));
      }
    }
    Noise[] noise = new Noise[lines.size()];
    markStamps(lines, noise);
    markRunningHeaders(lines, noise, pages.size());
    markPageNumbers(lines, noise, pages.size());
    for (int i = 0; i < lines.size(); i++) {
      if (noise[i] == null && PORTAL.matcher(lines.get(i).text()).matches()) {
        noise[i] = Noise.PORTAL;
      }
    }
    return join(lines, noise);
  }

  /** NFC, one kind of line break, no invisible characters, and Đ for the look-alike Ð (eth). */
  static String normalizeCharacters(String text) {
    String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(composed.length());
    for (int i = 0; i < composed.length(); i++) {
      char c = composed.charAt(i);
      switch (c) {
        case '\r' -> {
          if (i + 1 < composed.length() && composed.charAt(i + 1) == '\n') {
            continue;
          }
          out.append('\n');
        }
        case '\u2028', '\u2029', '\u0085' -> out.append('\n');
        // Zero-width characters and the soft hyphen carry nothing and would break words apart.
        case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> { }
        // Vietnamese has no eth: Ð/ð in Vietnamese text are always a mistyped Đ/đ.
        case '\u00D0' -> out.append('\u0110');
        case '\u00F0' -> out.append('\u0111');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Runs of spaces, tabs and the Unicode spaces as one space, the ends trimmed. */
  private static String collapseSpaces(String line) {
    StringBuilder out = new StringBuilder(line.length());
    boolean space = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean blank = c == ' ' || c == '\t' || c == '\u000B' || c == '\u00A0' || c == '\u1680'
          || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000';
      if (blank) {
        space = !out.isEmpty();
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  private static void markStamps(List<Line> lines, Noise[] noise) {
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).text();
      if (STAMP_LINE.matcher(text).matches()) {
        noise[i] = Noise.SIGNATURE_STAMP;
        continue;
      }
      if (!STAMP_KEY.matcher(text).lookingAt()) {
        continue;
      }
      // A block of "key: value" lines; a wrapped value ("… Chính" / "phủ") may sit between keys.
      int end = i;
      int keys = 1;
      boolean signer = STAMP_SIGNER_KEY.matcher(text).lookingAt();
      for (int j = i + 1; j < lines.size(); j++) {
        String next = lines.get(j).text();
        if (STAMP_KEY.matcher(next).lookingAt()) {
          keys++;
          signer |= STAMP_SIGNER_KEY.matcher(next).lookingAt();
          end = j;
        } else if (end == j - 1 && isWrappedValue(next)
            && j + 1 < lines.size() && STAMP_KEY.matcher(lines.get(j + 1).text()).lookingAt()) {
          end = j; // a value wrapped onto a line of its own, between two keys
        } else {
          break;
        }
      }
      if (signer && keys >= 2) {
        for (int j = i; j <= end; j++) {
          noise[j] = Noise.SIGNATURE_STAMP;
        }
      }
      i = end;
    }
  }

  private static boolean isWrappedValue(String line) {
    return !line.isEmpty() && line.length() <= 40 && !line.contains(":")
        && line.chars().noneMatch(Character::isDigit) && !STRUCTURAL.matcher(line).lookingAt();
  }

  private static void markRunningHeaders(List<Line> lines, Noise[] noise, int pageCount) {
    for (int i = 0; i < lines.size(); i++) {
      if (noise[i] == null && GAZETTE_HEADER.matcher(lines.get(i).text()).matches()) {
        noise[i] = Noise.RUNNING_HEADER;
      }
    }
    if (pageCount < 3) {
      return;
    }
    // Any other line that recurs at the top or bottom of most pages, page numbers aside.
    Map<String, Integer> pagesWith = new HashMap<>();
    List<List<Integer>> edges = pageEdges(lines, noise, pageCount, 3);
    for (List<Integer> edge : edges) {
      edge.stream().map(i -> signature(lines.get(i).text())).distinct()
          .forEach(s -> pagesWith.merge(s, 1, Integer::sum));
    }
    int threshold = Math.max(3, (pageCount + 1) / 2);
    for (List<Integer> edge : edges) {
      for (int i : edge) {
        String signature = signature(lines.get(i).text());
        if (pagesWith.getOrDefault(signature, 0) >= threshold && signature.length() >= 4
            && !PAGE_NUMBER.matcher(lines.get(i).text()).matches()) {
          noise[i] = Noise.RUNNING_HEADER;
        }
      }
    }
  }

  private static void markPageNumbers(List<Line> lines, Noise[] noise, int pageCount) {
    if (pageCount > 1) {
      for (List<Integer> edge : pageEdges(lines, noise, pageCount, 2)) {
        for (int i : edge) {
          if (PAGE_NUMBER.matcher(lines.get(i).text()).matches()) {
            noise[i] = Noise.PAGE_NUMBER;
          }
        }
      }
    }
    // In text without page breaks, a page number still sits next to the running header.
    for (int i = 0; i < lines.size(); i++) {
      if (noise[i] != Noise.RUNNING_HEADER) {
        continue;
      }
      for (int direction : new int[] {-1, 1}) {
        // The nearest line that is not blank, on either side.
        int j = i + direction;
        while (j >= 0 && j < lines.size() && lines.get(j).text().isEmpty()) {
          j += direction;
        }
        if (j >= 0 && j < lines.size() && noise[j] == null
            && PAGE_NUMBER.matcher(lines.get(j).text()).matches()) {
          noise[j] = Noise.PAGE_NUMBER;
        }
      }
    }
  }

  /** For each page, the indexes of its first and last {@code depth} non-blank lines still kept. */
  private static List<List<Integer>> pageEdges(
      List<Line> lines, Noise[] noise, int pageCount, int depth) {
    List<List<Integer>> content = new ArrayList<>();
    for (int p = 0; p < pageCount; p++) {
      content.add(new ArrayList<>());
    }
    for (int i = 0; i < lines.size(); i++) {
      if (noise[i] == null && !lines.get(i).text().isEmpty()) {
        content.get(lines.get(i).page()).add(i);
      }
    }
    List<List<Integer>> edges = new ArrayList<>();
    for (List<Integer> page : content) {
      List<Integer> edge = new ArrayList<>();
      for (int k = 0; k < page.size(); k++) {
        if (k < depth || k >= page.size() - depth) {
          edge.add(page.get(k));
        }
      }
      edges.add(edge);
    }
    return edges;
  }

  private static String signature(String line) {
    return line.replaceAll("\\d+", "#").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** The paragraph being built, with what the joining rules ask of it kept at hand. */
  private static final class Paragraph {
    final StringBuilder text;
    boolean capitals;

    Paragraph(String first) {
      text = new StringBuilder(first);
      capitals = isCapitals(first);
    }

    void append(String separator, String line) {
      text.append(separator).append(line);
      capitals &= line.codePoints().noneMatch(Character::isLowerCase);
    }

    /** The whole text when short; the whole-line patterns only ever match short paragraphs. */
    @Nullable String shortText() {
      return text.length() <= SHORT ? text.toString() : null;
    }

    String tail() {
      return text.length() <= SHORT ? text.toString() : text.substring(text.length() - SHORT);
    }
  }

  private static CleanedText join(List<Line> lines, Noise[] noise) {
    List<String> out = new ArrayList<>();
    List<RemovedLine> removed = new ArrayList<>();
    Paragraph paragraph = null;
    boolean pendingBlank = false;
    // After a page break or removed noise, blank lines are layout, not paragraph breaks.
    boolean soft = false;
    boolean lastWasFragment = false;
    int lastPage = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.page() != lastPage) {
        soft = true;
        pendingBlank = false;
        lastPage = line.page();
      }
      if (noise[i] != null) {
        removed.add(new RemovedLine(line.text(), noise[i]));
        soft = true;
        pendingBlank = false;
        continue;
      }
      String text = line.text();
      if (text.isEmpty()) {
        pendingBlank |= !soft && paragraph != null;
        continue;
      }
      if (paragraph == null) {
        paragraph = new Paragraph(text);
      } else {
        Join join = pendingBlank ? Join.BREAK_BLANK : decide(paragraph, text, lastWasFragment);
        switch (join) {
          case GLUE -> paragraph.append("", text);
          case SPACE -> paragraph.append(" ", text);
          case BREAK, BREAK_BLANK -> {
            out.add(paragraph.text.toString());
            if (join == Join.BREAK_BLANK) {
              out.add("");
            }
            paragraph = new Paragraph(text);
          }
        }
      }
      lastWasFragment = FRAGMENT.matcher(text).matches();
      pendingBlank = false;
      soft = false;
    }
    if (paragraph != null) {
      out.add(paragraph.text.toString());
    }
    return new CleanedText(String.join("\n", out), removed);
  }

  private static Join decide(Paragraph paragraph, String next, boolean lastWasFragment) {
    String p = paragraph.tail();
    String whole = paragraph.shortText();
    char first = next.charAt(0);
    char last = p.charAt(p.length() - 1);
    boolean nextIsFragment = FRAGMENT.matcher(next).matches();
    boolean structural = STRUCTURAL.matcher(next).lookingAt();
    if (",.;:!?)]}%»”/".indexOf(first) >= 0 && !RULE_START.matcher(next).lookingAt()) {
      return Join.GLUE;
    }
    if ("([“/".indexOf(last) >= 0) {
      return Join.GLUE;
    }
    if (last == '-' && p.length() >= 2 && Character.isLetterOrDigit(p.charAt(p.length() - 2))
        && Character.isLetterOrDigit(first)) {
      return Join.GLUE;
    }
    if ((!structural || nextIsFragment) && splitWord(p, next, nextIsFragment || lastWasFragment)) {
      return Join.GLUE;
    }
    if (whole != null && LABEL_WORD.matcher(whole).matches()) {
      return Join.SPACE; // "Điều" / "19. Điều khoản thi hành", "Chương" / "IV"
    }
    if (whole != null && MARKER_ONLY.matcher(whole).matches() && !structural) {
      return Join.SPACE;
    }
    if (last == ':' && !structural && (Character.isDigit(first) || Character.isLowerCase(first))) {
      return Join.SPACE;
    }
    if (structural || (whole != null && (NUMBER_LINE.matcher(whole).matches()
        || LABEL_ONLY.matcher(whole).matches() || MARKER_ONLY.matcher(whole).matches()))) {
      return Join.BREAK;
    }
    if (whole != null && ARTICLE_TITLE.matcher(whole).matches() && Character.isUpperCase(first)
        && !endsSentence(p)) {
      return Join.BREAK;
    }
    boolean nextCaps = isCapitals(next);
    if (paragraph.capitals && nextCaps && whole != null
        && ROMAN_HEADING.matcher(whole).lookingAt()) {
      return Join.SPACE;
    }
    // An acronym ending a sentence ("… về TTĐN.") is not a heading.
    boolean sentenceTail =
        next.indexOf(' ') < 0 && ".,;:".indexOf(next.charAt(next.length() - 1)) >= 0;
    if (nextCaps && !sentenceTail) {
      return Join.BREAK;
    }
    if (paragraph.capitals || endsSentence(p) || endsWithRule(p)
        || RULE_START.matcher(next).lookingAt()) {
      return Join.BREAK;
    }
    return Join.SPACE;
  }

  /**
   * Whether the letters ending {@code p} and those starting {@code next} are one word that the
   * line break cut. Two whole syllables are two words unless a piece stood on a line of its own,
   * which is what a PDF split into glyph runs produces ("c" "ụ" "thể" is "cụ thể", "H" "ợ" "p" is
   * "Hợp").
   */
  private static boolean splitWord(String p, String next, boolean fragmentContext) {
    String left = trailingLetters(p);
    String right = leadingLetters(next);
    if (left.isEmpty() || right.isEmpty()) {
      return false;
    }
    boolean partial =
        fragmentContext || !Syllables.isSyllable(left) || !Syllables.isSyllable(right);
    if (!partial) {
      return false;
    }
    if (Character.isLowerCase(left.charAt(left.length() - 1))
        && Character.isUpperCase(right.charAt(0))) {
      return false; // "bản" / "Trong": a new sentence or a name, not the rest of a word
    }
    if (Syllables.isSyllable(left + right)) {
      return true;
    }
    // An acronym split into runs: "B" "H" "XH" is BHXH.
    return fragmentContext && left.length() <= 2 && ACRONYM_PIECE.matcher(left).matches()
        && ACRONYM_PIECE.matcher(right).matches();
  }

  private static String trailingLetters(String text) {
    int start = text.length();
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return text.substring(start);
  }

  private static String leadingLetters(String text) {
    int end = 0;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return text.substring(0, end);
  }

  /** Whether a line is set in capitals: it starts with a letter and has no lower-case letter. */
  static boolean isCapitals(String line) {
    if (line.isEmpty() || !Character.isLetter(line.charAt(0))) {
      return false;
    }
    return line.chars().noneMatch(Character::isLowerCase);
  }

  private static boolean endsWithRule(String p) {
    int n = p.length();
    return n >= 3 && isRuleChar(p.charAt(n - 1)) && isRuleChar(p.charAt(n - 2))
        && isRuleChar(p.charAt(n - 3));
  }

  private static boolean isRuleChar(char c) {
    return "-_=*~…·".indexOf(c) >= 0;
  }

  private static boolean endsSentence(String p) {
    String trimmed = p;
    while (!trimmed.isEmpty() && "”\"'’".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return !trimmed.isEmpty() && ".;!?:".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0;
  }
}
