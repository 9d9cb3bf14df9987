package vn.vanthu.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import vn.vanthu.archive.analysis.AbbreviationDictionary;
import vn.vanthu.archive.analysis.NfcNormalizationFilter;
import vn.vanthu.archive.analysis.QueryTuning;
import vn.vanthu.archive.analysis.SearchFields;
import vn.vanthu.archive.analysis.VietnameseQueryBuilder;
import vn.vanthu.archive.analysis.VietnameseToneMarkFilter;
import vn.vanthu.quality.SearchQualityCorpus.Question;

/**
 * Retrieval quality of the Vietnamese analysis on the ALQAC questions, against StandardAnalyzer.
 *
 * <p>Run: {@code ./mvnw -q -Pquality test-compile exec:exec
 * -Dquality.main=vn.vanthu.quality.SearchQualityEvaluation [-Dquality.args=CORPUS_DIR]}, where
 * CORPUS_DIR holds corpus/ and queries/ (default ../shared/corpus, relative to the project). It
 * indexes the 2,593 articles in memory, runs the 305 questions with and without diacritics through
 * each configuration of the ablation, prints a Markdown table (binary relevance) and exits with 1
 * if the defaults miss a target.
 */
public final class SearchQualityEvaluation {

  static final String ID = "id";
  static final String STANDARD = "standard";
  static final SearchFields TEXT = SearchFields.of("text");

  /** The exact field without {@link VietnameseToneMarkFilter}, for a control row. */
  static final String EXACT_AS_WRITTEN = "text_as_written";

  static final SearchFields AS_WRITTEN =
      new SearchFields(EXACT_AS_WRITTEN, TEXT.folded(), TEXT.shingles());

  /** Questions without diacritics must keep this share of the accented questions' nDCG@10. */
  static final double KEPT_TARGET = 0.95;

  /** One row of the table: how questions become queries, and how documents are scored. */
  record Configuration(String name, Function<String, Query> queries, Similarity similarity) {}

  /** The scores of one configuration, with and without diacritics. */
  record Result(
      Configuration configuration, SearchQualityMetrics accented, SearchQualityMetrics stripped) {

    /** The share of the accented nDCG@10 that the stripped questions keep. */
    double kept() {
      return stripped.ndcg() / accented.ndcg();
    }
  }

  private SearchQualityEvaluation() {}

  /** Prints the table; the optional argument is the corpus directory. */
  public static void main(String[] args) throws IOException {
    Path corpusDir = args.length > 0 ? Path.of(args[0]) : Path.of("..", "shared", "corpus");
    if (!Files.isDirectory(corpusDir)) {
      System.err.println("No corpus at " + corpusDir.toAbsolutePath() + "; pass its directory.");
      System.exit(2);
    }
    long start = System.nanoTime();
    SearchQualityCorpus corpus = SearchQualityCorpus.load(corpusDir);
    List<Result> results = evaluate(corpus, ablation());
    System.out.printf(Locale.ROOT, "%d articles, %d questions, %s%n%n", corpus.articles().size(),
        corpus.questions().size(), corpusDir.toAbsolutePath().normalize());
    System.out.print(table(results));
    Result baseline = results.get(0);
    Result defaults = results.get(DEFAULTS_ROW);
    boolean met = meetsTargets(baseline, defaults);
    System.out.printf(Locale.ROOT, "%nTargets (no diacritics keep >= %.0f %% of nDCG@10, both beat"
        + " the baseline): %s. %.1f s%n", 100 * KEPT_TARGET, met ? "met" : "MISSED",
        (System.nanoTime() - start) / 1e9);
    if (!met) {
      System.exit(1);
    }
  }

  /** The row of {@link #ablation()} that uses the builder's defaults. */
  static final int DEFAULTS_ROW = 5;

  /**
   * Baseline first, then the Vietnamese analysis with one design choice added per row, then two
   * controls: the baseline with the tuned BM25, and the defaults without tone-mark normalisation.
   */
  static List<Configuration> ablation() {
    AbbreviationDictionary none = AbbreviationDictionary.empty();
    AbbreviationDictionary abbreviations = AbbreviationDictionary.defaults();
    QueryTuning tuned = QueryTuning.DEFAULTS;
    QueryTuning untuned = tuned.withBm25(1.2f, 0.75f); // Lucene's BM25 defaults
    QueryTuning exactToo = untuned.withBoosts(tuned.exactBoost(), tuned.foldedBoost(), 0);
    return List.of(
        baseline("StandardAnalyzer (baseline)", untuned),
        vietnamese("folded syllables only", TEXT, none, untuned.withBoosts(0, 1, 0)),
        vietnamese("+ exact field, when the query has diacritics", TEXT, none, exactToo),
        vietnamese("+ shingles (adjacent syllables)", TEXT, none, untuned),
        vietnamese("+ abbreviations", TEXT, abbreviations, untuned),
        vietnamese("+ BM25 k1 = 0.5 (= VietnameseQueryBuilder defaults)", TEXT, abbreviations,
            tuned),
        baseline("control: StandardAnalyzer with BM25 k1 = 0.5", tuned),
        vietnamese("control: defaults without tone-mark normalisation", AS_WRITTEN, abbreviations,
            tuned));
  }

  /** Whether the defaults meet the targets against the baseline. */
  static boolean meetsTargets(Result baseline, Result defaults) {
    return defaults.kept() >= KEPT_TARGET
        && defaults.accented().ndcg() > baseline.accented().ndcg()
        && defaults.stripped().ndcg() > baseline.stripped().ndcg();
  }

  static Configuration baseline(String name, QueryTuning tuning) {
    return new Configuration(name, SearchQualityEvaluation::standard, tuning.similarity());
  }

  static Configuration vietnamese(
      String name, SearchFields fields, AbbreviationDictionary abbreviations, QueryTuning tuning) {
    VietnameseQueryBuilder builder =
        new VietnameseQueryBuilder(fields, null, abbreviations, tuning);
    return new Configuration(name, builder::build, tuning.similarity());
  }

  /** The baseline query: the question, escaped, through the classic parser (OR of all terms). */
  static Query standard(String question) {
    try {
      return new QueryParser(STANDARD, new StandardAnalyzer()).parse(QueryParser.escape(question));
    } catch (ParseException e) {
      throw new IllegalStateException("escaped text must parse: " + question, e);
    }
  }

  /** Indexes the corpus in memory and scores each configuration. */
  static List<Result> evaluate(SearchQualityCorpus corpus, List<Configuration> configurations)
      throws IOException {
    try (Directory directory = index(corpus);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      List<Result> results = new ArrayList<>();
      for (Configuration configuration : configurations) {
        results.add(evaluate(reader, configuration, corpus.questions()));
      }
      return results;
    }
  }

  /** An in-memory index of every article: the baseline field and the Vietnamese fields. */
  static Directory index(SearchQualityCorpus corpus) throws IOException {
    Analyzer analyzer = new PerFieldAnalyzerWrapper(SearchFields.indexAnalyzer("number", TEXT),
        Map.of(STANDARD, new StandardAnalyzer(), EXACT_AS_WRITTEN, asWritten()));
    Directory directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (SearchQualityCorpus.Article article : corpus.articles()) {
        Document document = new Document();
        document.add(new StringField(ID, article.id(), Field.Store.YES));
        document.add(new TextField(STANDARD, article.text(), Field.Store.NO));
        TEXT.fields(article.text()).forEach(document::add);
        document.add(new TextField(EXACT_AS_WRITTEN, article.text(), Field.Store.NO));
        writer.addDocument(document);
      }
    }
    return directory;
  }

  /** The exact analysis minus tone-mark normalisation: hòa and hoà stay different terms. */
  static Analyzer asWritten() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(
            source, new NfcNormalizationFilter(new LowerCaseFilter(source)));
      }
    };
  }

  static Result evaluate(
      DirectoryReader reader, Configuration configuration, List<Question> questions)
      throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    searcher.setSimilarity(configuration.similarity());
    List<SearchQualityMetrics> accented = new ArrayList<>();
    List<SearchQualityMetrics> stripped = new ArrayList<>();
    for (Question question : questions) {
      accented.add(score(searcher, configuration, question));
      stripped.add(score(searcher, configuration, question.stripped()));
    }
    return new Result(
        configuration, SearchQualityMetrics.mean(accented), SearchQualityMetrics.mean(stripped));
  }

  static SearchQualityMetrics score(
      IndexSearcher searcher, Configuration configuration, Question question) throws IOException {
    Query query = configuration.queries().apply(question.text());
    List<String> ranking = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(query, SearchQualityMetrics.K).scoreDocs) {
      ranking.add(searcher.storedFields().document(hit.doc).get(ID));
    }
    return SearchQualityMetrics.of(ranking, question.relevant());
  }

  /** The results as a Markdown table, ready for docs/search-quality.md. */
  static String table(List<Result> results) {
    StringBuilder table = new StringBuilder();
    table.append("| configuration | R@10 | MRR@10 | nDCG@10 | R@10 no diacritics"
        + " | MRR@10 no diacritics | nDCG@10 no diacritics | kept |\n");
    table.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Result r : results) {
      table.append(String.format(Locale.ROOT,
          "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.0f %% |%n",
          r.configuration().name(), r.accented().recall(), r.accented().mrr(), r.accented().ndcg(),
          r.stripped().recall(), r.stripped().mrr(), r.stripped().ndcg(), 100 * r.kept()));
    }
    return table.toString();
  }
}
