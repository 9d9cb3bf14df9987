package vn.vanthu.archive.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.util.BytesRef;

/** The folded field: syllables without diacritics, đ folded to d. */
public class TestVietnameseFoldingAnalyzer extends BaseTokenStreamTestCase {

  private Analyzer analyzer;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    analyzer = new VietnameseFoldingAnalyzer();
  }

  @Override
  public void tearDown() throws Exception {
    analyzer.close();
    super.tearDown();
  }

  /** Every diacritic goes, precomposed or decomposed, and both D with stroke and its look-alike. */
  public void testFolding() throws IOException {
    checkOneTerm(analyzer, "Đà", "da");
    checkOneTerm(analyzer, "Nẵng", "nang");
    checkOneTerm(analyzer, "đ", "d");
    checkOneTerm(analyzer, "ĐỒNG", "dong");
    checkOneTerm(analyzer, "QÐ", "qd"); // U+00D0
    checkOneTerm(analyzer, "Nguye\u0302\u0303n", "nguyen");
    checkOneTerm(analyzer, "người", "nguoi");
    checkOneTerm(analyzer, "thuỷ", "thuy");
    checkOneTerm(analyzer, "ư", "u");
    checkOneTerm(analyzer, "ặ", "a");
    checkOneTerm(analyzer, "bao", "bao");
  }

  /** Accented and unaccented text give the same terms. */
  public void testAccentedAndUnaccentedMeet() throws IOException {
    assertAnalyzesTo(analyzer, "Đà Nẵng", new String[] {"da", "nang"});
    assertAnalyzesTo(analyzer, "bảo hiểm xã hội", new String[] {"bao", "hiem", "xa", "hoi"});
    assertAnalyzesTo(analyzer, "bao hiem xa hoi", new String[] {"bao", "hiem", "xa", "hoi"});
  }

  /** Query-side normalisation folds like indexing. */
  public void testNormalize() {
    assertEquals(new BytesRef("dang ky"), analyzer.normalize("text_folded", "Đăng ký"));
  }

  /** Nothing in, nothing out. */
  public void testEmptyInput() throws IOException {
    assertAnalyzesTo(analyzer, "", new String[0]);
  }

  /** Offsets, positions and reuse stay consistent on random text. */
  public void testRandomStrings() throws IOException {
    checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
  }
}
