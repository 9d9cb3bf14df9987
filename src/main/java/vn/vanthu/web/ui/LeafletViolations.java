package vn.vanthu.web.ui;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * The reasons the leaflet checks give, in the page's language and without the place (the page
 * shows each beside its field); any other reason goes through {@link ViolationMessages}.
 */
final class LeafletViolations {

  private record Rule(Pattern reason, String key) {}

  private static final List<Rule> RULES = List.of(
      rule(".*: the Vietnamese text is missing", "leaflet.violation.missingVi"),
      rule(".*: the English text is missing", "leaflet.violation.missingEn"),
      rule(".*: the text is missing in both languages", "leaflet.violation.missingBoth"),
      rule(".* overflows by ([\\d.]+) mm", "leaflet.violation.overflow"),
      rule(".*: the image (\\S+) has (\\d+) dpi at its printed size of .* mm; print needs \\d+ dpi,"
          + " at least (\\d+ × \\d+) px \\(it has (\\d+ × \\d+)\\)", "leaflet.violation.lowDpi"),
      rule(".*: \"(.+)\" is translated \"(.+)\" in the glossary, not \"(.+)\"",
          "leaflet.violation.glossaryAvoided"),
      rule(".*: \"(.+)\" is translated \"(.+)\" in the glossary, but the English does not use it",
          "leaflet.violation.glossaryUnused"),
      rule(".*: the image file (.+) was not found", "leaflet.violation.imageMissing"),
      rule("is not well-formed JSON(.*)", "leaflet.violation.json"));

  private LeafletViolations() {}

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
    return ViolationMessages.localize(reason, messages, locale);
  }

  private static Rule rule(String reason, String key) {
    return new Rule(Pattern.compile(reason, Pattern.DOTALL), key);
  }
}
