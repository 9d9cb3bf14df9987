package vn.vanthu.archive.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** The number field: every spelling of a number gives the same folded parts. */
public class TestDocumentNumberAnalyzer extends BaseTokenStreamTestCase {

  private static final String[] PARTS_813 = {"813", "qd", "bhxh"};

  private Analyzer analyzer;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    analyzer = new DocumentNumberAnalyzer();
  }

  @Override
  public void tearDown() throws Exception {
    analyzer.close();
    super.tearDown();
  }

  /** Đ, D, Ð (U+00D0), slashes, dashes and spaces: all the same. */
  public void testSpellingsOfOneNumber() throws IOException {
    assertAnalyzesTo(analyzer, "813/QĐ-BHXH", PARTS_813);
    assertAnalyzesTo(analyzer, "813/QD-BHXH", PARTS_813);
    assertAnalyzesTo(analyzer, "813 qd bhxh", PARTS_813);
    assertAnalyzesTo(analyzer, "813/QÐ-BHXH", PARTS_813);
    assertAnalyzesTo(analyzer, "813/Q\u0110-bhxh", PARTS_813);
  }

  /** Parts keep positions, including years and suffix digits. */
  public void testLongerNumbers() throws IOException {
    assertAnalyzesTo(analyzer, "30/2020/NĐ-CP", new String[] {"30", "2020", "nd", "cp"},
        new int[] {1, 1, 1, 1});
    assertAnalyzesTo(analyzer, "12/2022/TT-BLĐTBXH", new String[] {"12", "2022", "tt", "bldtbxh"});
    checkOneTerm(analyzer, "UBTVQH15", "ubtvqh15");
  }

  /** Nothing in, nothing out. */
  public void testEmptyInput() throws IOException {
    assertAnalyzesTo(analyzer, "", new String[0]);
    assertAnalyzesTo(analyzer, "/-", new String[0]);
  }

  /** Offsets, positions and reuse stay consistent on random text. */
  public void testRandomStrings() throws IOException {
    checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
  }
}
