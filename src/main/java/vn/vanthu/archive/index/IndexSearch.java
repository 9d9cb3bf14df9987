package vn.vanthu.archive.index;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.ConcurrentSortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.jspecify.annotations.Nullable;
import vn.vanthu.archive.SearchQuery;
import vn.vanthu.archive.SearchResults;
import vn.vanthu.archive.analysis.AbbreviationDictionary;
import vn.vanthu.archive.analysis.DocumentNumberAnalyzer;
import vn.vanthu.archive.analysis.QueryTuning;
import vn.vanthu.archive.analysis.VietnameseQueryBuilder;
import vn.vanthu.document.DocumentType;
import vn.vanthu.document.VietnameseText;

/**
 * Runs searches on the index: the user's text through the Vietnamese query builder, field filters,
 * the reader's clearance as a filter on everything (hits, facets, snippets, similar documents),
 * facets counted on the hit set, snippets from the original text. Thread-safe.
 */
public final class IndexSearch {

  private static final Pattern FILTER = Pattern.compile(
      "(?<field>type|issuer|year|number|date):(?:\"(?<quoted>[^\"]*)\"|(?<bare>\\S+))",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern RANGE = Pattern.compile(
      "(?<from>\\d{4}-\\d{2}-\\d{2})?\\.\\.(?<to>\\d{4}-\\d{2}-\\d{2})?");
  // Snippets mark what matched in the folded field and the number field on the exact text. Not
  // the shingles: their two syllables are marked by the folded matches already, and re-analysing
  // every snippet's text into bigrams was a third of the cost of a search.
  private static final Set<String> MASKED = Set.of(IndexSchema.TEXT.folded(), IndexSchema.NUMBER);
  private static final int FACET_TOP = 20;
  private static final int EXACT_UP_TO = 1000;
  private static final QueryTuning ANY = new QueryTuning(QueryTuning.DEFAULTS.exactBoost(),
      QueryTuning.DEFAULTS.foldedBoost(), QueryTuning.DEFAULTS.shingleBoost(),
      QueryTuning.DEFAULTS.numberBoost(), 0, 0f, QueryTuning.DEFAULTS.k1(), QueryTuning.DEFAULTS.b());

  private final ArchiveIndex index;
  private final Analyzer analyzer = IndexSchema.analyzer();
  private final VietnameseQueryBuilder textQueries =
      new VietnameseQueryBuilder(IndexSchema.TEXT, IndexSchema.NUMBER);
  private final VietnameseQueryBuilder titleQueries =
      new VietnameseQueryBuilder(IndexSchema.TITLE, null);
  private final VietnameseQueryBuilder issuerQueries =
      new VietnameseQueryBuilder(IndexSchema.ISSUER_TEXT, null);
  // Any one syllable is enough: these only rank, among documents whose text matches, those whose
  // heading or issuer also says what was typed ("quyết định thủ tướng" → QĐ-TTg before a Nghị
  // định that quotes the Thủ tướng).
  private final VietnameseQueryBuilder anyTitleSyllable =
      new VietnameseQueryBuilder(IndexSchema.TITLE, null, AbbreviationDictionary.defaults(), ANY);
  private final VietnameseQueryBuilder anyIssuerSyllable = new VietnameseQueryBuilder(
      IndexSchema.ISSUER_TEXT, null, AbbreviationDictionary.defaults(), ANY);
  private volatile @Nullable FacetState facetState;

  private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

  public IndexSearch(ArchiveIndex index) {
    this.index = index;
  }

  /** One page of results for a reader cleared up to {@code secrecy} (0 none … 3 tuyệt mật). */
  public SearchResults search(SearchQuery request, int secrecy) {
    Plan plan = plan(request, secrecy);
    return index.withSearcher(searcher -> run(searcher, plan.scoring(), plan.marked(), request));
  }

  /** Documents like a given one, among those the reader may see; empty if it may not see it. */
  public SearchResults similar(String id, int secrecy, int size) {
    return index.withSearcher(searcher -> {
      try {
        Query self = new BooleanQuery.Builder()
            .add(new TermQuery(new Term(IndexSchema.ID, id)), Occur.MUST)
            .add(IntPoint.newRangeQuery(IndexSchema.SECRECY, 0, secrecy), Occur.FILTER).build();
        TopDocs found = searcher.search(self, 1);
        if (found.scoreDocs.length == 0) {
          return new SearchResults(0, List.of(), Map.of());
        }
        Document document = searcher.storedFields().document(found.scoreDocs[0].doc);
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {IndexSchema.TEXT.folded()});
        mlt.setMinTermFreq(2);
        mlt.setMinDocFreq(1);
        mlt.setMaxQueryTerms(40);
        Query like = mlt.like(IndexSchema.TEXT.folded(),
            new StringReader(document.get(IndexSchema.TEXT_STORED)));
        Query query = new BooleanQuery.Builder()
            .add(like, Occur.MUST)
            .add(new TermQuery(new Term(IndexSchema.ID, id)), Occur.MUST_NOT)
            .add(IntPoint.newRangeQuery(IndexSchema.SECRECY, 0, secrecy), Occur.FILTER).build();
        SearchQuery page = new SearchQuery("", null, null, null, null, null, false, 0, size);
        return run(searcher, query, like, page);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * The Lucene queries of a request.
   *
   * @param scoring what finds and ranks the hits, with the field filters and the clearance
   * @param marked what the snippets mark: the words and a number filter, without the heading and
   *     issuer clauses that only rank (the highlighter asks every clause where it matches)
   */
  record Plan(Query scoring, Query marked) {}

  Plan plan(SearchQuery request, int secrecy) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    BooleanQuery.Builder marked = new BooleanQuery.Builder();
    String text = Normalizer.normalize(request.text(), Normalizer.Form.NFC);
    Matcher filters = FILTER.matcher(text);
    StringBuilder rest = new StringBuilder();
    while (filters.find()) {
      String field = filters.group("field").toLowerCase(Locale.ROOT);
      String value = filters.group("quoted") != null ? filters.group("quoted") : filters.group("bare");
      Query filter = filter(field, value);
      query.add(filter, Occur.FILTER);
      if (field.equals("number")) {
        marked.add(filter, Occur.SHOULD);
      }
      filters.appendReplacement(rest, " ");
    }
    filters.appendTail(rest);
    String words = rest.toString().strip();
    if (words.isEmpty()) {
      query.add(new MatchAllDocsQuery(), Occur.MUST);
    } else {
      // The text must match; the heading and the issuer only add to the score.
      Query textQuery = textQueries.build(words);
      query.add(textQuery, Occur.MUST);
      marked.add(textQuery, Occur.SHOULD);
      // A match in the trích yếu counts more than one in the body.
      query.add(new org.apache.lucene.search.BoostQuery(titleQueries.build(words), 2f),
          Occur.SHOULD);
      query.add(anyTitleSyllable.build(words), Occur.SHOULD);
      query.add(anyIssuerSyllable.build(words), Occur.SHOULD);
    }
    if (request.type() != null) {
      query.add(filter("type", request.type()), Occur.FILTER);
    }
    if (request.issuer() != null) {
      query.add(filter("issuer", request.issuer()), Occur.FILTER);
    }
    if (request.year() != null) {
      query.add(IntPoint.newExactQuery(IndexSchema.YEAR, request.year()), Occur.FILTER);
    }
    if (request.from() != null || request.to() != null) {
      query.add(dateRange(request.from(), request.to()), Occur.FILTER);
    }
    query.add(IntPoint.newRangeQuery(IndexSchema.SECRECY, 0, secrecy), Occur.FILTER);
    return new Plan(query.build(), marked.build());
  }

  private Query filter(String field, String value) {
    return switch (field) {
      case "type" -> new TermQuery(new Term(IndexSchema.TYPE, typeCode(value)));
      case "issuer" -> issuerQueries.build(value);
      case "year" -> value.matches("\\d{4}")
          ? IntPoint.newExactQuery(IndexSchema.YEAR, Integer.parseInt(value))
          : new org.apache.lucene.search.MatchNoDocsQuery("year must have four digits");
      case "number" -> numberQuery(value);
      default -> {
        Matcher range = RANGE.matcher(value);
        if (range.matches()) {
          yield dateRange(date(range.group("from")), date(range.group("to")));
        }
        LocalDate day = date(value);
        yield day == null ? new org.apache.lucene.search.MatchNoDocsQuery("bad date")
            : dateRange(day, day);
      }
    };
  }

  /** A type given as its code ({@code quyet-dinh}), abbreviation ({@code QĐ}) or name. */
  private static String typeCode(String value) {
    String folded = fold(value).replace(' ', '-');
    for (DocumentType type : DocumentType.values()) {
      String abbreviation = type.abbreviation().map(IndexSearch::fold).orElse("");
      if (type.code().equals(folded) || abbreviation.equals(folded)
          || fold(type.displayName()).replace(' ', '-').equals(folded)) {
        return type.code();
      }
    }
    return folded;
  }

  /** Lower case without diacritics, đ as d: how type names are compared. */
  private static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D');
    return decomposed.toLowerCase(Locale.ROOT).strip();
  }

  private Query numberQuery(String value) {
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    try (Analyzer numbers = new DocumentNumberAnalyzer();
        TokenStream tokens = numbers.tokenStream(IndexSchema.NUMBER, value)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        phrase.add(new Term(IndexSchema.NUMBER, term.toString()));
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return phrase.build();
  }

  private static Query dateRange(@Nullable LocalDate from, @Nullable LocalDate to) {
    return LongPoint.newRangeQuery(IndexSchema.DATE,
        from == null ? Long.MIN_VALUE : from.toEpochDay(),
        to == null ? Long.MAX_VALUE : to.toEpochDay());
  }

  private static @Nullable LocalDate date(@Nullable String text) {
    try {
      return text == null ? null : LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private SearchResults run(IndexSearcher searcher, Query scoring, Query marked,
      SearchQuery request) {
    try {
      // Rewritten once for the hits, the facets and the snippets (a long question's rewrite is
      // not free).
      Query query = searcher.rewrite(scoring);
      int wanted = (request.page() + 1) * request.size();
      // The top hits are collected with a small threshold of exactly counted hits, so that Lucene
      // may skip documents that cannot enter the page (block-max WAND); the facet pass visits
      // every hit anyway, without scoring, and gives the exact total.
      TopDocs top = request.byDate()
          ? searcher.search(query, new TopFieldCollectorManager(
              new Sort(new SortField(IndexSchema.DATE_SORT, SortField.Type.LONG, true),
                  SortField.FIELD_SCORE), wanted, EXACT_UP_TO))
          : searcher.search(query, new TopScoreDocCollectorManager(wanted, EXACT_UP_TO));
      FacetsCollector facetHits = searcher.search(query, new FacetsCollectorManager());
      long total = 0;
      for (FacetsCollector.MatchingDocs leaf : facetHits.getMatchingDocs()) {
        total += leaf.totalHits();
      }
      ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs,
          Math.min(top.scoreDocs.length, request.page() * request.size()), top.scoreDocs.length);
      TopDocs pageDocs = new TopDocs(top.totalHits, page);
      String[] snippets = snippets(searcher, marked, pageDocs);
      List<SearchResults.Hit> hits = new ArrayList<>(page.length);
      for (int i = 0; i < page.length; i++) {
        Document d = searcher.storedFields().document(page[i].doc);
        String date = d.get(IndexSchema.DATE);
        hits.add(new SearchResults.Hit(d.get(IndexSchema.ID), d.get(IndexSchema.NUMBER_TEXT),
            d.get(IndexSchema.TYPE_NAME), date == null ? null : LocalDate.parse(date),
            d.get(IndexSchema.ISSUER), d.get(IndexSchema.TITLE_STORED),
            Float.isNaN(page[i].score) ? 0f : page[i].score,
            snippets[i] == null ? "" : snippets[i]));
      }
      return new SearchResults(total, hits, facets(searcher, facetHits));
    } catch (IOException e) {
      throw new UncheckedIOException("search failed", e);
    }
  }

  private String[] snippets(IndexSearcher searcher, Query query, TopDocs page) throws IOException {
    if (page.scoreDocs.length == 0) {
      return new String[0];
    }
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
        .withMaskedFieldsFunc(field -> field.equals(IndexSchema.TEXT.exact()) ? MASKED : Set.of())
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withMaxLength(200_000)
        .build();
    return highlighter.highlight(IndexSchema.TEXT.exact(), query, page, 2);
  }

  private Map<String, List<SearchResults.FacetCount>> facets(IndexSearcher searcher,
      FacetsCollector hits) throws IOException {
    SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
    Map<String, List<SearchResults.FacetCount>> result = new LinkedHashMap<>();
    if (state == null) {
      return result;
    }
    // Counted segment by segment on the search threads when there are some: a long question over
    // a million documents has ~990,000 hits to count (docs/benchmarks.md, the archive at scale).
    ExecutorService threads = index.searchThreads();
    Facets facets;
    try {
      facets = threads == null ? new SortedSetDocValuesFacetCounts(state, hits)
          : new ConcurrentSortedSetDocValuesFacetCounts(state, hits, threads);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while counting facets", e);
    }
    for (String dimension : List.of(IndexSchema.FACET_TYPE, IndexSchema.FACET_ISSUER,
        IndexSchema.FACET_YEAR, IndexSchema.FACET_SECRECY)) {
      List<SearchResults.FacetCount> counts = new ArrayList<>();
      try {
        FacetResult facet = dimension.equals(IndexSchema.FACET_ISSUER)
            ? facets.getAllChildren(dimension) : facets.getTopChildren(FACET_TOP, dimension);
        if (facet != null) {
          for (LabelAndValue value : facet.labelValues) {
            counts.add(new SearchResults.FacetCount(value.label, value.value.longValue()));
          }
        }
      } catch (IllegalArgumentException noSuchDimensionYet) {
        // a dimension no indexed document has yet
      }
      result.put(dimension, dimension.equals(IndexSchema.FACET_ISSUER) ? issuers(counts) : counts);
    }
    return result;
  }

  /**
   * Issuers as one body each, however they were written: a header prints "BẢO HIỂM XÃ HỘI VIỆT
   * NAM", metadata says "Bảo hiểm xã hội Việt Nam". The counts of the spellings that differ only in
   * case and spacing are added up under the one a reader would write (not all capitals, if there is
   * one; else the commonest); the top ones, most documents first.
   */
  static List<SearchResults.FacetCount> issuers(List<SearchResults.FacetCount> spellings) {
    Map<String, List<SearchResults.FacetCount>> bodies = new LinkedHashMap<>();
    for (SearchResults.FacetCount spelling : spellings) {
      String key = spaced(spelling.value()).toLowerCase(VietnameseText.LOCALE);
      bodies.computeIfAbsent(key, k -> new ArrayList<>()).add(spelling);
    }
    List<SearchResults.FacetCount> merged = new ArrayList<>();
    for (List<SearchResults.FacetCount> body : bodies.values()) {
      SearchResults.FacetCount shown = body.stream()
          .min(Comparator.comparing((SearchResults.FacetCount c) -> allCapitals(c.value()))
              .thenComparing(Comparator.comparingLong(SearchResults.FacetCount::count).reversed())
              .thenComparing(SearchResults.FacetCount::value))
          .orElseThrow();
      long total = body.stream().mapToLong(SearchResults.FacetCount::count).sum();
      merged.add(new SearchResults.FacetCount(spaced(shown.value()), total));
    }
    merged.sort(Comparator.comparingLong(SearchResults.FacetCount::count).reversed()
        .thenComparing(SearchResults.FacetCount::value));
    return List.copyOf(merged.subList(0, Math.min(FACET_TOP, merged.size())));
  }

  /** Trimmed, with every run of white space one space. */
  private static String spaced(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  private static boolean allCapitals(String text) {
    return text.equals(text.toUpperCase(VietnameseText.LOCALE));
  }

  /** The facet state of a reader, built once per reader (it changes only when the index does). */
  private @Nullable SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
    FacetState current = facetState;
    if (current != null && current.reader() == reader) {
      return current.state();
    }
    if (reader.numDocs() == 0) {
      return null;
    }
    SortedSetDocValuesReaderState state =
        new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.FACETS);
    facetState = new FacetState(reader, state);
    return state;
  }
}
