package vn.vanthu.archive.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Queries built from user text against a small in-memory index, with exact hit lists. */
class VietnameseQueryBuilderTests {

  private static final SearchFields TEXT = SearchFields.of("text");
  private static final String NUMBER = "number";

  private static Directory directory;
  private static DirectoryReader reader;
  private static IndexSearcher searcher;
  private static final VietnameseQueryBuilder BUILDER = new VietnameseQueryBuilder(TEXT, NUMBER);

  @BeforeAll
  static void index() throws IOException {
    directory = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig(SearchFields.indexAnalyzer(NUMBER, TEXT));
    config.setSimilarity(QueryTuning.DEFAULTS.similarity());
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      add(writer, "bhxh", "Luật Bảo hiểm xã hội năm 2014", null);
      add(writer, "bhyt", "Chế độ bảo hiểm y tế cho hộ gia đình", null);
      add(writer, "abbreviated", "BHXH Việt Nam hướng dẫn thủ tục", null);
      add(writer, "ho-dot", "Danh sách hộ gia đình", null);
      add(writer, "ho-grave", "Danh sách hồ gia đình", null);
      add(writer, "phrase", "Kế hoạch thông tin đối ngoại năm 2025 của ngành", null);
      add(writer, "scattered", "Ngoại giao, đối thoại và tin tức thông qua báo chí", null);
      add(writer, "tone", "Thủ tục hòa giải tại cơ sở", null);
      add(writer, "decision", "Quyết định ban hành kế hoạch công tác", "813/QĐ-BHXH");
      add(writer, "other-issuer", "Quyết định về nhân sự", "813/QĐ-UBND");
      add(writer, "other-number", "Quyết định về khen thưởng", "2828/QĐ-BHXH");
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
    searcher.setSimilarity(QueryTuning.DEFAULTS.similarity());
  }

  private static void add(IndexWriter writer, String id, String text, String number)
      throws IOException {
    Document document = new Document();
    document.add(new StringField("id", id, Field.Store.YES));
    TEXT.fields(text).forEach(document::add);
    if (number != null) {
      document.add(new TextField(NUMBER, number, Field.Store.NO));
    }
    writer.addDocument(document);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
  }

  private static List<String> hits(String userText) throws IOException {
    List<String> ids = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(BUILDER.build(userText), 20).scoreDocs) {
      ids.add(searcher.storedFields().document(hit.doc).get("id"));
    }
    return ids;
  }

  /** A query typed without diacritics finds the accented text, and the abbreviated one after it. */
  @Test
  void unaccentedQueryFindsAccentedText() throws IOException {
    assertThat(hits("bao hiem xa hoi")).containsExactly("bhxh", "abbreviated");
  }

  /** Where only the accents differ, the document with the query's accents ranks first. */
  @Test
  void exactAccentsRankFirst() throws IOException {
    assertThat(hits("danh sách hộ")).containsExactly("ho-dot", "ho-grave");
    assertThat(hits("danh sách hồ")).containsExactly("ho-grave", "ho-dot");
  }

  /** Syllables standing together rank above the same syllables scattered. */
  @Test
  void adjacentSyllablesRankAboveScattered() throws IOException {
    assertThat(hits("thông tin đối ngoại")).containsExactly("phrase", "scattered");
    assertThat(hits("thong tin doi ngoai")).containsExactly("phrase", "scattered");
  }

  /** An abbreviation finds its expansion, and the expansion finds the abbreviation. */
  @Test
  void abbreviationsMatchTheirExpansions() throws IOException {
    assertThat(hits("BHXH")).containsExactly("bhxh", "abbreviated");
    assertThat(hits("bhxh")).containsExactly("bhxh", "abbreviated");
    assertThat(hits("bảo hiểm xã hội")).containsExactly("bhxh", "abbreviated");
  }

  /** Every spelling of a document number finds that decision, and only it. */
  @Test
  void numberSpellingsFindTheDecision() throws IOException {
    for (String spelling : List.of("813/QĐ-BHXH", "813/QD-BHXH", "813 qd bhxh", "813/QÐ-BHXH",
        "\"813/QĐ-BHXH\"")) {
      assertThat(hits(spelling)).as(spelling).containsExactly("decision");
    }
    assertThat(hits("quyết định 813/QĐ-BHXH")).first().isEqualTo("decision");
  }

  /** Either placement of a tone mark finds the other. */
  @Test
  void tonePlacementDoesNotMatter() throws IOException {
    assertThat(hits("hoà giải")).containsExactly("tone");
    assertThat(hits("hòa giải")).containsExactly("tone");
  }

  /** A quoted phrase must match as a phrase; an exclusion removes its matches. */
  @Test
  void quotedPhrasesAndExclusions() throws IOException {
    assertThat(hits("\"bảo hiểm\"")).containsExactly("bhxh", "bhyt");
    assertThat(hits("\"bảo hiểm\" -\"y tế\"")).containsExactly("bhxh");
    assertThat(hits("\"hiểm xã bảo\"")).isEmpty();
    assertThat(hits("danh sách -hộ")).isEmpty(); // exclusions ignore diacritics: hồ goes too
  }

  /** Blank input and pure punctuation match nothing. */
  @Test
  void blankInputMatchesNothing() throws IOException {
    assertThat(hits("")).isEmpty();
    assertThat(hits("  ?! ")).isEmpty();
  }

  /** A pasted text longer than the clause limit still gives a query that runs. */
  @Test
  void longInputIsCut() throws IOException {
    assertThat(hits("bảo hiểm xã hội ".repeat(400))).startsWith("bhxh");
    // HĐ expands three ways (hợp đồng, hội đồng, hướng dẫn): 200 of them pass the limit.
    assertThat(hits("HĐ ".repeat(1000))).containsExactly("abbreviated");
  }
}
