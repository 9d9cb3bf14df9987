package vn.vanthu.web.ui;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * The reasons the readers and checks give, in the page's language: the common ones have messages
 * of their own; any other reason is shown as it was written. A leaflet's reasons lose their place
 * (the page shows each beside its field).
 */
final class ViolationMessages {

  private record Rule(Pattern reason, String key) {}

  private static final List<Rule> DOCUMENT_RULES = List.of(
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

  private static final List<Rule> LEAFLET_RULES = List.of(
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

  private ViolationMessages() {}

  /** A reason of a document's reader. */
  static String localize(String reason, MessageSource messages, Locale locale) {
    return localize(DOCUMENT_RULES, reason, messages, locale);
  }

  /** A reason of a leaflet's reader or checks; the document reasons cover the plain fields. */
  static String localizeLeaflet(String reason, MessageSource messages, Locale locale) {
    String localized = localize(LEAFLET_RULES, reason, messages, locale);
    return localized.equals(reason) ? localize(reason, messages, locale) : localized;
  }

  private static String localize(List<Rule> rules, String reason, MessageSource messages,
      Locale locale) {
    for (Rule rule : rules) {
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
    return new Rule(Pattern.compile(reason, Pattern.DOTALL), key);
  }
}
