package vn.vanthu.archive.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** The shingle field: folded bigrams of adjacent syllables, no unigrams. */
public class TestVietnameseShingleAnalyzer extends BaseTokenStreamTestCase {

  private Analyzer analyzer;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    analyzer = new VietnameseShingleAnalyzer();
  }

  @Override
  public void tearDown() throws Exception {
    analyzer.close();
    super.tearDown();
  }

  /** Each pair of neighbours, folded, joined by {@link VietnameseShingleAnalyzer#SEPARATOR}. */
  public void testBigrams() throws IOException {
    assertAnalyzesTo(analyzer, "Bảo hiểm xã hội", new String[] {"bao hiem", "hiem xa", "xa hoi"});
    checkOneTerm(analyzer, "Đà Nẵng", "da nang");
    assertEquals("da nang", VietnameseShingleAnalyzer.shingle("da", "nang"));
  }

  /** A single syllable has no neighbour, so no shingle. */
  public void testSingleSyllable() throws IOException {
    assertAnalyzesTo(analyzer, "Luật", new String[0]);
    assertAnalyzesTo(analyzer, "", new String[0]);
  }

  /** Offsets, positions and reuse stay consistent on random text. */
  public void testRandomStrings() throws IOException {
    checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
  }
}
