package vn.vanthu.web.ui;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * The reasons {@code DocumentReader} gives, in the page's language: the common ones have
 * messages of their own; any other reason is shown as the reader wrote it.
 */
final class ViolationMessages {

  private record Rule(Pattern reason, String key) {}

  private static final List<Rule> RULES = List.of(
      rule("is required|must not be blank", "violation.required"),
      rule("is too long \\((\\d+) characters; at most (\\d+)\\)", "violation.tooLong"),
      rule("is required for a công văn.*", "violation.unitForCongVan"),
      rule("is required with the authority (.*)", "violation.principalRequired"),
      rule("is required when the signer signs in their own name", "violation.titleRequired"),
      rule("needs a title, a text or children", "violation.blockEmpty"),
      rule("a clause \\(khoản\\) must stand inside an article.*", "violation.clausePlacement"),
      rule("a point \\(điểm\\) must stand inside.*", "violation.pointPlacement"),
      rule("a chapter \\(Chương\\) must stand.*", "violation.chapterPlacement"),
      rule("a part \\(Phần\\) must stand.*", "violation.partPlacement"),
      rule("no issued document (.*) in the archive", "violation.noTarget"),
      rule("must contain at least one block", "violation.bodyEmpty"),
      rule("must contain at least one row", "violation.tableRows"),
      rule("must be letters and digits only.*", "violation.lettersDigits"),
      rule("must be a whole number", "violation.wholeNumber"),
      rule("has (\\d+) cells; the header has (\\d+)", "violation.cells"),
      rule("is given by the register when the document is issued.*", "violation.numberGiven"));

  private ViolationMessages() {}

  static String localize(String reason, MessageSource messages, Locale locale) {
    for (Rule rule : RULES) {
      Matcher matcher = rule.reason().matcher(reason);
      if (matcher.matches()) {
        Object[] arguments = new Object[matcher.groupCount()];
        for (int i = 0; i < arguments.length; i++) {
          arguments[i] = matcher.group(i + 1);
        }
        return messages.getMessage(rule.key(), arguments, reason, locale);
      }
    }
    return reason;
  }

  private static Rule rule(String reason, String key) {
    return new Rule(Pattern.compile(reason), key);
  }
}
