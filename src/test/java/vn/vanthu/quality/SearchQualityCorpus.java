package vn.vanthu.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ALQAC articles and questions of ../shared/corpus, read from their JSONL files.
 *
 * @param articles one row per article ({@code id}, {@code text})
 * @param questions the questions with their relevant article ids
 */
record SearchQualityCorpus(List<Article> articles, List<Question> questions) {

  static final String ARTICLES = "corpus/alqac_law_articles.jsonl";
  static final String QUESTIONS = "queries/alqac_queries.jsonl";

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** An article: its id and its text (which begins with its title). */
  record Article(String id, String text) {}

  /** A question and the ids of the articles that answer it. */
  record Question(String id, String text, Set<String> relevant) {

    /** The same question typed without diacritics (đ → d), as on a keyboard without Telex. */
    Question stripped() {
      return new Question(id, stripDiacritics(text), relevant);
    }
  }

  /** Reads both files under {@code corpusDir} (the directory holding corpus/ and queries/). */
  static SearchQualityCorpus load(Path corpusDir) {
    ObjectMapper json = new ObjectMapper();
    List<Article> articles = new ArrayList<>();
    for (JsonNode row : rows(json, corpusDir.resolve(ARTICLES))) {
      articles.add(new Article(row.get("id").asText(), row.get("text").asText()));
    }
    List<Question> questions = new ArrayList<>();
    for (JsonNode row : rows(json, corpusDir.resolve(QUESTIONS))) {
      Set<String> relevant = new LinkedHashSet<>();
      row.get("relevant_ids").forEach(id -> relevant.add(id.asText()));
      questions.add(new Question(row.get("qid").asText(), row.get("query").asText(), relevant));
    }
    return new SearchQualityCorpus(List.copyOf(articles), List.copyOf(questions));
  }

  /**
   * Removes every diacritic independently of the analysis under test (NFD, drop marks, đ → d), so
   * the stripped queries are not shaped by the code they measure.
   */
  static String stripDiacritics(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
  }

  private static List<JsonNode> rows(ObjectMapper json, Path file) {
    try {
      List<JsonNode> rows = new ArrayList<>();
      for (String line : Files.readAllLines(file)) {
        if (!line.isBlank()) {
          rows.add(json.readTree(line));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
