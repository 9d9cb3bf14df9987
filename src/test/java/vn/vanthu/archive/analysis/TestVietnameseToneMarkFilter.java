package vn.vanthu.archive.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** Tone marks move to one canonical vowel; anything that is not one syllable is left alone. */
public class TestVietnameseToneMarkFilter extends BaseTokenStreamTestCase {

  private static Analyzer analyzer(boolean keyword) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = keyword ? new KeywordTokenizer() : new WhitespaceTokenizer();
        return new TokenStreamComponents(source, new VietnameseToneMarkFilter(source));
      }
    };
  }

  /** The new-style placement becomes the traditional one that legal text mostly uses. */
  public void testMovesToCanonicalVowel() throws IOException {
    try (Analyzer a = analyzer(false)) {
      checkOneTerm(a, "hoà", "hòa");
      checkOneTerm(a, "hoá", "hóa");
      checkOneTerm(a, "toà", "tòa");
      checkOneTerm(a, "khoẻ", "khỏe");
      checkOneTerm(a, "thoả", "thỏa");
      checkOneTerm(a, "thuỷ", "thủy");
      checkOneTerm(a, "uỷ", "ủy");
      checkOneTerm(a, "tuỳ", "tùy");
      checkOneTerm(a, "luỹ", "lũy");
      checkOneTerm(a, "qúy", "quý"); // the u of qu- is part of the consonant
      checkOneTerm(a, "gìa", "già"); // so is the i of gi-
      checkOneTerm(a, "hòang", "hoàng"); // before a final consonant: the last vowel
      checkOneTerm(a, "ngòai", "ngoài"); // three vowels: the middle one
      checkOneTerm(a, "ngừơi", "người"); // ươ: the ơ
    }
  }

  /** Syllables already in canonical form stay as they are. */
  public void testKeepsCanonicalSyllables() throws IOException {
    try (Analyzer a = analyzer(false)) {
      for (String syllable : new String[] {
          "hòa", "thủy", "quý", "già", "giữ", "hoàng", "ngoài", "người", "thuở", "khuỷu", "mùa",
          "nguyễn", "đà", "việt", "quyết", "tuần", "huỳnh"}) {
        checkOneTerm(a, syllable, syllable);
      }
    }
  }

  /** Foreign words, numbers and upper case (lower-casing comes first) are not touched. */
  public void testLeavesOtherTermsAlone() throws IOException {
    try (Analyzer a = analyzer(false)) {
      checkOneTerm(a, "café", "café"); // two vowel groups
      checkOneTerm(a, "ña", "ña"); // tilde on a consonant
      checkOneTerm(a, "HOÀ", "HOÀ");
      checkOneTerm(a, "813", "813");
      checkOneTerm(a, "hoà2", "hoà2");
    }
  }

  /** An empty term stays empty. */
  public void testEmptyTerm() throws IOException {
    try (Analyzer a = analyzer(true)) {
      checkOneTerm(a, "", "");
    }
  }

  /** Offsets, positions and reuse stay consistent on random text. */
  public void testRandomStrings() throws IOException {
    try (Analyzer a = analyzer(false)) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
  }
}
