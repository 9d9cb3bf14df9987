package vn.vanthu.archive.analysis;

import static vn.vanthu.archive.analysis.Syllable.exact;
import static vn.vanthu.archive.analysis.Syllable.folded;
import static vn.vanthu.archive.analysis.Syllable.isAccented;

import java.text.Normalizer;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;
import vn.vanthu.archive.analysis.AbbreviationMatcher.Span;

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

  /** Longer input is cut; a query over Lucene's clause limit is rebuilt from fewer syllables. */
  public static final int MAX_SYLLABLES = 200;

  private final SearchFields fields;
  private final @Nullable String numberField;
  private final AbbreviationMatcher abbreviations;
  private final QueryTuning tuning;

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
    this.abbreviations = new AbbreviationMatcher(abbreviations);
    this.tuning = tuning;
  }

  /** The query for {@code userText}; input without search terms gives a query matching nothing. */
  public Query build(String userText) {
    QuerySyntax syntax = QuerySyntax.parse(Normalizer.normalize(userText, Normalizer.Form.NFC));
    // Pasted text can be long: halve the syllables until IndexSearcher would accept the query.
    for (int limit = MAX_SYLLABLES; ; limit /= 2) {
      Query query = build(syntax, limit);
      if (limit == 1 || clauses(query) <= IndexSearcher.getMaxClauseCount()) {
        return query;
      }
    }
  }

  private Query build(QuerySyntax syntax, int limit) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    boolean positive = false;
    Query words = words(syntax.words(), limit);
    if (words != null) {
      query.add(words, Occur.MUST);
      positive = true;
    }
    for (String phrase : syntax.phrases()) {
      Query required = quoted(phrase, limit);
      if (required != null) {
        query.add(required, Occur.MUST);
        positive = true;
      }
    }
    boolean negative = false;
    for (String exclusion : syntax.exclusions()) {
      List<Syllable> syllables = Syllable.of(exclusion, limit);
      if (!syllables.isEmpty()) {
        query.add(phrase(fields.folded(), folded(syllables)), Occur.MUST_NOT);
        negative = true;
      }
    }
    if (!positive) {
      if (!negative) {
        return new MatchNoDocsQuery("no search terms");
      }
      query.add(MatchAllDocsQuery.INSTANCE, Occur.MUST);
    }
    return query.build();
  }

  private @Nullable Query words(String text, int limit) {
    List<Syllable> syllables = Syllable.of(text, limit);
    List<String> numbers = numberField == null ? List.of() : DocumentNumbers.find(text);
    if (syllables.isEmpty() && numbers.isEmpty()) {
      return null;
    }
    boolean accented = isAccented(syllables);
    List<List<Span>> spans = abbreviations.spans(syllables);
    BooleanQuery.Builder match = new BooleanQuery.Builder();
    for (int i = 0; i < syllables.size(); i++) {
      match.add(syllable(syllables.get(i), spans.get(i), accented), Occur.SHOULD);
    }
    match.setMinimumNumberShouldMatch(tuning.required(syllables.size()));
    Query matching = match.build();
    if (!numbers.isEmpty()) {
      // A number matches on its own: the text need not mention it.
      BooleanQuery.Builder either = new BooleanQuery.Builder().add(matching, Occur.SHOULD);
      numbers.forEach(number -> either.add(number(number), Occur.SHOULD));
      matching = either.build();
    }
    BooleanQuery.Builder scored = new BooleanQuery.Builder().add(matching, Occur.MUST);
    if (tuning.shingleBoost() > 0) {
      List<String> folded = abbreviations.foldedWithExpansions(syllables);
      for (int i = 0; i + 1 < folded.size(); i++) {
        String shingle = VietnameseShingleAnalyzer.shingle(folded.get(i), folded.get(i + 1));
        scored.add(boost(term(fields.shingles(), shingle), tuning.shingleBoost()), Occur.SHOULD);
      }
    }
    return scored.build();
  }

  /** One syllable: exact and folded, plus its expansions or the abbreviation it is part of. */
  private Query syllable(Syllable syllable, List<Span> spans, boolean accented) {
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    // Without any diacritic in the query the exact field knows no more than the folded one, and
    // its unaccented syllables (bao, xa, hoi) are mostly other words than the ones meant.
    if (accented && tuning.exactBoost() > 0) {
      either.add(boost(term(fields.exact(), syllable.exact()), tuning.exactBoost()), Occur.SHOULD);
    }
    either.add(boost(term(fields.folded(), syllable.folded()), tuning.foldedBoost()), Occur.SHOULD);
    for (List<Syllable> expansion : abbreviations.expansionsOf(syllable)) {
      addPhrases(either, expansion, true);
    }
    // Each syllable of a spelled-out expansion carries a share, so that a document with just the
    // abbreviation scores about one term's worth, below one that spells the expansion out too.
    for (Span span : spans) {
      float share = tuning.foldedBoost() / span.length();
      either.add(boost(term(fields.folded(), span.abbreviation()), share), Occur.SHOULD);
    }
    return either.build();
  }

  private @Nullable Query quoted(String text, int limit) {
    List<Syllable> syllables = Syllable.of(text, limit);
    if (syllables.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    addPhrases(either, syllables, isAccented(syllables));
    if (numberField != null && DocumentNumbers.isNumberLike(text)) {
      either.add(number(text), Occur.SHOULD);
    }
    return either.build();
  }

  /** The syllables as a phrase in the folded field and, if {@code exactToo}, the exact field. */
  private void addPhrases(BooleanQuery.Builder either, List<Syllable> syllables, boolean exactToo) {
    if (exactToo && tuning.exactBoost() > 0) {
      Query exactPhrase = phrase(fields.exact(), exact(syllables));
      either.add(boost(exactPhrase, tuning.exactBoost()), Occur.SHOULD);
    }
    Query foldedPhrase = phrase(fields.folded(), folded(syllables));
    either.add(boost(foldedPhrase, tuning.foldedBoost()), Occur.SHOULD);
  }

  private Query number(String number) {
    String field = numberField == null ? fields.exact() : numberField;
    return boost(phrase(field, DocumentNumbers.parts(number)), tuning.numberBoost());
  }

  /** Counts clauses as IndexSearcher does: one per leaf query, one per term-consuming query. */
  private static int clauses(Query query) {
    int[] count = {0};
    query.visit(new QueryVisitor() {
      @Override
      public QueryVisitor getSubVisitor(Occur occur, Query parent) {
        return this;
      }

      @Override
      public void visitLeaf(Query leaf) {
        count[0]++;
      }

      @Override
      public void consumeTerms(Query leaf, Term... terms) {
        count[0]++;
      }
    });
    return count[0];
  }

  private static Query term(String field, String text) {
    return new TermQuery(new Term(field, text));
  }

  private static Query phrase(String field, List<String> terms) {
    return terms.size() == 1
        ? term(field, terms.get(0))
        : new PhraseQuery(field, terms.toArray(String[]::new));
  }

  private static Query boost(Query query, float boost) {
    return boost == 1f ? query : new BoostQuery(query, boost);
  }
}
