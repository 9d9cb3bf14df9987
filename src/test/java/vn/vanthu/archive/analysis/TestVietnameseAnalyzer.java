package vn.vanthu.archive.analysis;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.util.BytesRef;

/** The exact field: lower-case NFC syllables with their diacritics and canonical tone marks. */
public class TestVietnameseAnalyzer extends BaseTokenStreamTestCase {

  private Analyzer analyzer;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    analyzer = new VietnameseAnalyzer();
  }

  @Override
  public void tearDown() throws Exception {
    analyzer.close();
    super.tearDown();
  }

  /** One syllable in, one term out: case, composition, tone position and look-alike letters. */
  public void testSyllables() throws IOException {
    checkOneTerm(analyzer, "BẢO", "bảo");
    checkOneTerm(analyzer, "HIỂM", "hiểm");
    checkOneTerm(analyzer, "Đà", "đà");
    checkOneTerm(analyzer, "ĐỒNG", "đồng");
    checkOneTerm(analyzer, "Nguye\u0302\u0303n", "nguyễn"); // decomposed: e, circumflex, tilde
    checkOneTerm(analyzer, "HOÀ", "hòa");
    checkOneTerm(analyzer, "thuỷ", "thủy");
    checkOneTerm(analyzer, "Uỷ", "ủy");
    checkOneTerm(analyzer, "QÐ", "qđ"); // U+00D0, the Icelandic eth
    checkOneTerm(analyzer, "2020", "2020");
    checkOneTerm(analyzer, "5.2", "5.2");
  }

  /** Text splits into syllables at spaces and punctuation; the parts of a number stay. */
  public void testText() throws IOException {
    assertAnalyzesTo(analyzer, "BẢO HIỂM xã hội", new String[] {"bảo", "hiểm", "xã", "hội"});
    assertAnalyzesTo(analyzer, "Quyết định số 813/QĐ-BHXH.",
        new String[] {"quyết", "định", "số", "813", "qđ", "bhxh"});
    assertAnalyzesTo(analyzer, "phòng, chống ma túy", new String[] {"phòng", "chống", "ma", "túy"});
  }

  /** Decomposed input gives the NFC terms of precomposed input, with offsets into the original. */
  public void testDecomposedInputGivesNfcTerms() throws IOException {
    String decomposed = "Đa\u0300 Na\u0306\u0303ng";
    assertAnalyzesTo(analyzer, decomposed, new String[] {"đà", "nẵng"}, new int[] {0, 4},
        new int[] {3, 10});
    assertAnalyzesTo(analyzer, "Đà Nẵng", new String[] {"đà", "nẵng"}, new int[] {0, 3},
        new int[] {2, 7});
  }

  /** Query-side normalisation of a single term matches what indexing produces. */
  public void testNormalize() {
    assertEquals(new BytesRef("hòa"), analyzer.normalize("text", "HOÀ"));
    assertEquals(new BytesRef("qđ"), analyzer.normalize("text", "Q\u00D0"));
    assertEquals(new BytesRef("nguyễn"), analyzer.normalize("text", "Nguye\u0302\u0303n"));
  }

  /** Nothing in, nothing out. */
  public void testEmptyInput() throws IOException {
    assertAnalyzesTo(analyzer, "", new String[0]);
    assertAnalyzesTo(analyzer, " ,.; ", new String[0]);
  }

  /**
   * Random Vietnamese-looking text: decomposed input gives the terms of precomposed input, and
   * analysing a term again gives the term itself (tone placement is idempotent).
   */
  public void testRandomVietnameseIsStable() throws IOException {
    String letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộ"
        + "ờớởỡợùúủũụừứửữựỳýỷỹỵ";
    Random random = random();
    for (int i = 0; i < 200 * RANDOM_MULTIPLIER; i++) {
      StringBuilder text = new StringBuilder();
      for (int word = 1 + random.nextInt(6); word > 0; word--) {
        for (int length = 1 + random.nextInt(7); length > 0; length--) {
          text.append(letters.charAt(random.nextInt(letters.length())));
        }
        text.append(' ');
      }
      String composed =
          random.nextBoolean() ? text.toString() : text.toString().toUpperCase(Locale.ROOT);
      List<String> terms = terms(composed);
      assertEquals(composed, terms, terms(Normalizer.normalize(composed, Normalizer.Form.NFD)));
      for (String term : terms) {
        assertEquals(term, List.of(term), terms(term));
      }
    }
  }

  private List<String> terms(String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }

  /** Offsets, positions and reuse stay consistent on random text. */
  public void testRandomStrings() throws IOException {
    checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
    checkRandomData(random(), analyzer, 20 * RANDOM_MULTIPLIER, 1024);
  }
}
