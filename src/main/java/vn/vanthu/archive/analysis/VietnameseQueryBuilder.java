package vn.vanthu.archive.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * Turns what a user types into a Lucene query over {@link SearchFields} and a number field.
 *
 * <p>Every syllable matches in the folded field, and also in the exact field when the query has
 * diacritics, so exact matches score higher; adjacent syllables match as bigrams in the shingle
 * field, so words and phrases outrank scattered syllables; abbreviations match their expansions
 * and back; document numbers match the number field. {@code "quoted"} text must match as a
 * phrase, {@code -word} or {@code -"a phrase"} must not match (ignoring diacritics). Instances are
 * immutable and thread-safe.
 */
public final class VietnameseQueryBuilder {

  /** Longer input is cut, keeping the query under Lucene's default limit of 1024 clauses. */
  public static final int MAX_SYLLABLES = 200;

  private final SearchFields fields;
  private final @Nullable String numberField;
  private final AbbreviationDictionary abbreviations;
  private final QueryTuning tuning;
  private final Analyzer exactAnalyzer = new VietnameseAnalyzer();
  private final Map<List<String>, String> abbreviationOfExpansion = new HashMap<>();

  /** A builder with the built-in abbreviations and the measured defaults. */
  public VietnameseQueryBuilder(SearchFields fields, @Nullable String numberField) {
    this(fields, numberField, AbbreviationDictionary.defaults(), QueryTuning.DEFAULTS);
  }

  /** A builder with its own dictionary and tuning; a null number field ignores numbers. */
  public VietnameseQueryBuilder(
      SearchFields fields,
      @Nullable String numberField,
      AbbreviationDictionary abbreviations,
      QueryTuning tuning) {
    this.fields = fields;
    this.numberField = numberField;
    this.abbreviations = abbreviations;
    this.tuning = tuning;
    abbreviations.entries().forEach((abbreviation, expansions) -> expansions.forEach(
        expansion -> abbreviationOfExpansion.putIfAbsent(
            syllables(expansion).stream().map(Syllable::folded).toList(), abbreviation)));
  }

  /** The query for {@code userText}; blank input gives a query that matches nothing. */
  public Query build(String userText) {
    QuerySyntax syntax = QuerySyntax.parse(Normalizer.normalize(userText, Normalizer.Form.NFC));
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    boolean positive = false;
    Query words = words(syntax.words());
    if (words != null) {
      query.add(words, Occur.MUST);
      positive = true;
    }
    for (String phrase : syntax.phrases()) {
      Query required = quoted(phrase);
      if (required != null) {
        query.add(required, Occur.MUST);
        positive = true;
      }
    }
    boolean negative = false;
    for (String exclusion : syntax.exclusions()) {
      List<Syllable> syllables = syllables(exclusion);
      if (!syllables.isEmpty()) {
        query.add(phrase(fields.folded(), folded(syllables)), Occur.MUST_NOT);
        negative = true;
      }
    }
    if (!positive) {
      if (!negative) {
        return new MatchNoDocsQuery("no search terms");
      }
      query.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    return query.build();
  }

  private @Nullable Query words(String text) {
    List<Syllable> syllables = syllables(text);
    List<String> numbers = numberField == null ? List.of() : DocumentNumbers.find(text);
    if (syllables.isEmpty() && numbers.isEmpty()) {
      return null;
    }
    boolean accented = isAccented(syllables);
    List<List<String>> spans = abbreviationSpans(syllables);
    BooleanQuery.Builder match = new BooleanQuery.Builder();
    for (int i = 0; i < syllables.size(); i++) {
      match.add(syllable(syllables.get(i), spans.get(i), accented), Occur.SHOULD);
    }
    match.setMinimumNumberShouldMatch(tuning.required(syllables.size()));
    Query matching = match.build();
    if (!numbers.isEmpty()) {
      BooleanQuery.Builder either = new BooleanQuery.Builder();
      either.add(matching, Occur.SHOULD);
      numbers.forEach(number -> either.add(number(number), Occur.SHOULD));
      matching = either.build();
    }
    BooleanQuery.Builder scored = new BooleanQuery.Builder().add(matching, Occur.MUST);
    if (tuning.shingleBoost() > 0) {
      List<String> folded = foldedWithExpansions(syllables);
      for (int i = 0; i + 1 < folded.size(); i++) {
        String shingle = VietnameseShingleAnalyzer.shingle(folded.get(i), folded.get(i + 1));
        scored.add(boost(term(fields.shingles(), shingle), tuning.shingleBoost()), Occur.SHOULD);
      }
    }
    return scored.build();
  }

  /** One syllable: exact and folded, plus the expansions or abbreviation it belongs to. */
  private Query syllable(Syllable syllable, List<String> abbreviationsHere, boolean accented) {
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    // Without any diacritic in the query the exact field knows no more than the folded one, and
    // its unaccented syllables (bao, xa, hoi) are mostly different words from the ones meant.
    if (accented && tuning.exactBoost() > 0) {
      either.add(boost(term(fields.exact(), syllable.exact()), tuning.exactBoost()), Occur.SHOULD);
    }
    either.add(boost(term(fields.folded(), syllable.folded()), tuning.foldedBoost()), Occur.SHOULD);
    for (String expansion : abbreviations.expansions(syllable.folded())) {
      List<Syllable> expanded = syllables(expansion);
      if (tuning.exactBoost() > 0) {
        either.add(boost(phrase(fields.exact(), exact(expanded)), tuning.exactBoost()), Occur.SHOULD);
      }
      either.add(boost(phrase(fields.folded(), folded(expanded)), tuning.foldedBoost()), Occur.SHOULD);
    }
    for (String abbreviation : abbreviationsHere) {
      either.add(boost(term(fields.folded(), abbreviation), tuning.foldedBoost()), Occur.SHOULD);
    }
    return either.build();
  }

  /** For each syllable, the abbreviations whose expansion it is part of in this query. */
  private List<List<String>> abbreviationSpans(List<Syllable> syllables) {
    List<String> folded = folded(syllables);
    List<List<String>> spans = new ArrayList<>();
    folded.forEach(s -> spans.add(new ArrayList<>()));
    abbreviationOfExpansion.forEach((expansion, abbreviation) -> {
      for (int i = 0; i + expansion.size() <= folded.size(); i++) {
        if (folded.subList(i, i + expansion.size()).equals(expansion)) {
          for (int j = i; j < i + expansion.size(); j++) {
            spans.get(j).add(abbreviation);
          }
        }
      }
    });
    return spans;
  }

  /** Folded syllables with each unambiguous abbreviation replaced by its expansion. */
  private List<String> foldedWithExpansions(List<Syllable> syllables) {
    List<String> folded = new ArrayList<>();
    for (Syllable syllable : syllables) {
      List<String> expansions = abbreviations.expansions(syllable.folded());
      if (expansions.size() == 1) {
        folded.addAll(folded(syllables(expansions.get(0))));
      } else {
        folded.add(syllable.folded());
      }
    }
    return folded;
  }

  private @Nullable Query quoted(String text) {
    List<Syllable> syllables = syllables(text);
    if (syllables.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    if (isAccented(syllables) && tuning.exactBoost() > 0) {
      either.add(boost(phrase(fields.exact(), exact(syllables)), tuning.exactBoost()), Occur.SHOULD);
    }
    either.add(boost(phrase(fields.folded(), folded(syllables)), tuning.foldedBoost()), Occur.SHOULD);
    if (numberField != null && DocumentNumbers.isNumberLike(text)) {
      either.add(number(text), Occur.SHOULD);
    }
    return either.build();
  }

  private Query number(String number) {
    return boost(phrase(numberField, DocumentNumbers.parts(number)), tuning.numberBoost());
  }

  /** The syllables of {@code text} as the exact field indexes them, each with its folded form. */
  private List<Syllable> syllables(String text) {
    List<Syllable> syllables = new ArrayList<>();
    try (TokenStream stream = exactAnalyzer.tokenStream(fields.exact(), text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (syllables.size() < MAX_SYLLABLES) {
          String exact = term.toString();
          syllables.add(new Syllable(exact, Folding.fold(exact)));
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    return syllables;
  }

  private static boolean isAccented(List<Syllable> syllables) {
    return syllables.stream().anyMatch(s -> !s.exact().equals(s.folded()));
  }

  private static List<String> exact(List<Syllable> syllables) {
    return syllables.stream().map(Syllable::exact).toList();
  }

  private static List<String> folded(List<Syllable> syllables) {
    return syllables.stream().map(Syllable::folded).toList();
  }

  private static Query term(String field, String text) {
    return new TermQuery(new Term(field, text));
  }

  private static Query phrase(String field, List<String> terms) {
    return terms.size() == 1 ? term(field, terms.get(0)) : new PhraseQuery(field, terms.toArray(String[]::new));
  }

  private static Query boost(Query query, float boost) {
    return boost == 1f ? query : new BoostQuery(query, boost);
  }

  /** A syllable as indexed in the exact field and in the folded field. */
  private record Syllable(String exact, String folded) {}
}
