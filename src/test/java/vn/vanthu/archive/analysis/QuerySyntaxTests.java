package vn.vanthu.archive.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Words, quoted phrases and exclusions in what users type. */
class QuerySyntaxTests {

  /** Words join into one run; quotes and a leading dash are special. */
  @Test
  void splitsWordsPhrasesAndExclusions() {
    QuerySyntax syntax = QuerySyntax.parse("chế độ \"bảo hiểm\" thai sản -\"y tế\" -hưu");
    assertThat(syntax.words()).isEqualTo("chế độ thai sản");
    assertThat(syntax.phrases()).containsExactly("bảo hiểm");
    assertThat(syntax.exclusions()).containsExactly("y tế", "hưu");
  }

  /** A dash inside a word (a number, a compound) is not an exclusion. */
  @Test
  void keepsDashesInsideWords() {
    QuerySyntax syntax = QuerySyntax.parse("813/QĐ-BHXH kinh tế - xã hội");
    assertThat(syntax.words()).isEqualTo("813/QĐ-BHXH kinh tế - xã hội");
    assertThat(syntax.exclusions()).isEmpty();
  }

  /** Typographic quotes count, and an unclosed quote runs to the end. */
  @Test
  void acceptsTypographicAndUnclosedQuotes() {
    assertThat(QuerySyntax.parse("“hộ nghèo” năm").phrases()).containsExactly("hộ nghèo");
    assertThat(QuerySyntax.parse("năm \"hộ nghèo").phrases()).containsExactly("hộ nghèo");
    assertThat(QuerySyntax.parse("  ").words()).isEmpty();
    assertThat(QuerySyntax.parse("\"\"").phrases()).isEqualTo(List.of(""));
  }
}
