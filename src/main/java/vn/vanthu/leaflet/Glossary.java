package vn.vanthu.leaflet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import vn.vanthu.document.VietnameseText;
import vn.vanthu.document.Violation;
import vn.vanthu.rendering.TemplateRenderer;

/**
 * The agreed English for Vietnamese terms, and the check that a leaflet keeps to it: wherever a
 * Vietnamese text uses a term, the English text of the same pair must use its translation.
 * Longer terms win over the terms inside them, so that {@code Bảo hiểm xã hội Việt Nam} asks for
 * {@code Vietnam Social Security} and not also for {@code social insurance}.
 */
public final class Glossary {

  /** Where the default glossary lives, under the templates directory. */
  public static final String FILE = "leaflet/glossary.json";

  private static final String LETTER_BEFORE = "(?<![\\p{L}\\p{N}])";
  private static final String LETTER_AFTER = "(?![\\p{L}\\p{N}])";

  private record Compiled(GlossaryTerm term, Pattern vi, Pattern en, List<Pattern> avoided) {}

  private final List<GlossaryTerm> terms;
  private final List<Compiled> longestFirst;

  public Glossary(List<GlossaryTerm> terms) {
    this.terms = List.copyOf(terms);
    this.longestFirst = this.terms.stream()
        .sorted(Comparator.comparingInt((GlossaryTerm t) -> t.vi().length()).reversed())
        .map(Glossary::compile)
        .toList();
  }

  /** The default glossary from {@code templates/leaflet/glossary.json}, or the packaged copy. */
  public static Glossary load(@Nullable Path templatesDir) {
    Path dir = templatesDir != null && Files.isDirectory(templatesDir) ? templatesDir : null;
    String json = TemplateRenderer.readCss(dir, FILE);
    try {
      List<GlossaryTerm> terms = new ArrayList<>();
      for (JsonNode entry : new ObjectMapper().readTree(json)) {
        terms.add(new GlossaryTerm(entry.path("vi").asText(), entry.path("en").asText(),
            strings(entry.path("accepted")), strings(entry.path("avoided"))));
      }
      return new Glossary(terms);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException("cannot read the glossary " + FILE + ": " + e.getMessage(), e);
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> strings = new ArrayList<>();
    array.forEach(item -> strings.add(item.asText()));
    return strings;
  }

  /** The terms, in the order given. */
  public List<GlossaryTerm> terms() {
    return terms;
  }

  /** This glossary with a leaflet's own terms added; a term it repeats is translated its way. */
  public Glossary with(List<GlossaryTerm> overrides) {
    Map<String, GlossaryTerm> byTerm = new LinkedHashMap<>();
    Stream.concat(terms.stream(), overrides.stream())
        .forEach(t -> byTerm.put(t.vi().toLowerCase(VietnameseText.LOCALE), t));
    return new Glossary(new ArrayList<>(byTerm.values()));
  }

  /** Every pair whose English does not use the translation of a term its Vietnamese uses. */
  public List<Violation> check(Leaflet leaflet) {
    Glossary effective = with(leaflet.glossary());
    List<Violation> violations = new ArrayList<>();
    for (LeafletTexts.Located text : LeafletTexts.of(leaflet)) {
      for (Compiled term : effective.termsIn(text.text().vi())) {
        if (!term.en().matcher(text.text().en()).find()) {
          violations.add(new Violation(text.path() + ".en",
              text.place() + ": " + mismatch(term, text.text().en())));
        }
      }
    }
    return violations;
  }

  private static String mismatch(Compiled term, String english) {
    String rule = "\"" + term.term().vi() + "\" is translated \"" + term.term().en()
        + "\" in the glossary";
    for (int i = 0; i < term.avoided().size(); i++) {
      Matcher found = term.avoided().get(i).matcher(english);
      if (found.find()) {
        return rule + ", not \"" + found.group() + "\"";
      }
    }
    return rule + ", but the English does not use it";
  }

  /** The terms a Vietnamese text uses, each once; a match inside a longer match does not count. */
  private List<Compiled> termsIn(String vietnamese) {
    String text = vietnamese.toLowerCase(VietnameseText.LOCALE);
    boolean[] taken = new boolean[text.length()];
    List<Compiled> used = new ArrayList<>();
    for (Compiled term : longestFirst) {
      Matcher m = term.vi().matcher(text);
      while (m.find()) {
        if (free(taken, m.start(), m.end())) {
          java.util.Arrays.fill(taken, m.start(), m.end(), true);
          if (!used.contains(term)) {
            used.add(term);
          }
        }
      }
    }
    return used;
  }

  private static boolean free(boolean[] taken, int from, int to) {
    for (int i = from; i < to; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  private static Compiled compile(GlossaryTerm term) {
    Pattern vi = Pattern.compile(LETTER_BEFORE + Pattern.quote(term.vi().toLowerCase(VietnameseText.LOCALE))
        + LETTER_AFTER);
    List<String> forms = new ArrayList<>(term.accepted());
    forms.addFirst(term.en());
    return new Compiled(term, vi, english(forms),
        term.avoided().stream().map(a -> english(List.of(a))).toList());
  }

  /** Any of the forms, whole words, in any case, plurals included (cards, benefits). */
  private static Pattern english(List<String> forms) {
    String alternatives = String.join("|", forms.stream().map(Pattern::quote).toList());
    return Pattern.compile(LETTER_BEFORE + "(?:" + alternatives + ")(?:s|es)?" + LETTER_AFTER,
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
