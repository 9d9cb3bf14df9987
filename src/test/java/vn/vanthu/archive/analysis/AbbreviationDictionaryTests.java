package vn.vanthu.archive.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The abbreviation dictionary: its file format, its look-ups and the built-in entries. */
class AbbreviationDictionaryTests {

  /** The built-in file knows the abbreviations of the archive's own documents. */
  @Test
  void defaultsKnowTheCommonAbbreviations() {
    AbbreviationDictionary defaults = AbbreviationDictionary.defaults();
    for (String abbreviation : List.of("BHXH", "BHYT", "BHTN", "ASXH", "TTĐN", "UBND", "HĐND", "QĐ",
        "KH", "NĐ", "CP", "TTg", "BC", "TB", "TTr", "HTQT", "LĐTBXH", "CV")) {
      assertThat(defaults.expansions(abbreviation)).as(abbreviation).isNotEmpty();
    }
    assertThat(defaults.expansions("BHXH")).containsExactly("bảo hiểm xã hội");
    assertThat(defaults.expansions("TTĐN")).containsExactly("thông tin đối ngoại");
  }

  /** Case, diacritics and the eth look-alike do not matter in a look-up. */
  @Test
  void lookUpIgnoresCaseAndDiacritics() {
    AbbreviationDictionary defaults = AbbreviationDictionary.defaults();
    assertThat(defaults.expansions("qd")).containsExactly("quyết định");
    assertThat(defaults.expansions("QÐ")).containsExactly("quyết định");
    assertThat(defaults.expansions("ttdn")).containsExactly("thông tin đối ngoại");
    assertThat(defaults.expansions("ttg")).containsExactly("thủ tướng");
    assertThat(defaults.expansions("bảo")).isEmpty();
  }

  /** Comments and blank lines are skipped; several expansions come from | or repeated lines. */
  @Test
  void readsCommentsAndSeveralExpansions() throws IOException {
    AbbreviationDictionary dictionary = AbbreviationDictionary.read(new StringReader("""
        # a comment
        HĐ = hợp đồng | hội đồng   # trailing comment

        KH = kế hoạch
        KH = khách hàng
        """), "test");
    assertThat(dictionary.size()).isEqualTo(2);
    assertThat(dictionary.expansions("HĐ")).containsExactly("hợp đồng", "hội đồng");
    assertThat(dictionary.expansions("kh")).containsExactly("kế hoạch", "khách hàng");
  }

  /** A configured file replaces the built-in one. */
  @Test
  void loadsAConfiguredFile(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("abbreviations.txt"), "VP = văn phòng\n");
    AbbreviationDictionary dictionary = AbbreviationDictionary.load(file);
    assertThat(dictionary.entries()).containsOnlyKeys("vp");
    assertThat(dictionary.expansions("BHXH")).isEmpty();
  }

  /** Decomposed expansions are stored in NFC, like every term. */
  @Test
  void storesExpansionsInNfc() throws IOException {
    AbbreviationDictionary dictionary =
        AbbreviationDictionary.read(new StringReader("HN = Ha\u0300 No\u0302\u0323i"), "test");
    assertThat(dictionary.expansions("HN")).containsExactly("Hà Nội");
  }

  /** A malformed line is reported with its source and line number. */
  @Test
  void rejectsMalformedLines() {
    assertThatThrownBy(
            () -> AbbreviationDictionary.read(new StringReader("# ok\nBHXH bảo hiểm"), "x.txt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x.txt:2");
    assertThatThrownBy(() -> AbbreviationDictionary.read(new StringReader("BHXH = "), "x.txt"))
        .hasMessageContaining("x.txt:1: empty expansion");
    assertThatThrownBy(() -> AbbreviationDictionary.read(new StringReader("B X = y"), "x.txt"))
        .hasMessageContaining("x.txt:1");
  }
}
