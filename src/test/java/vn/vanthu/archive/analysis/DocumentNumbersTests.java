package vn.vanthu.archive.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Recognising and normalising document numbers. */
class DocumentNumbersTests {

  /** Every spelling of 813/QĐ-BHXH has the same parts and key. */
  @Test
  void spellingsShareTheirKey() {
    for (String spelling : List.of("813/QĐ-BHXH", "813/QD-BHXH", "813 qd bhxh", "813/QÐ-BHXH",
        " 813 / QĐ - BHXH ")) {
      assertThat(DocumentNumbers.parts(spelling)).as(spelling).containsExactly("813", "qd", "bhxh");
      assertThat(DocumentNumbers.key(spelling)).as(spelling).isEqualTo("813 qd bhxh");
    }
  }

  /** Numbers typed on their own are recognised whatever the separators. */
  @Test
  void recognisesNumbersTypedAlone() {
    for (String number : List.of("813/QĐ-BHXH", "813/QD-BHXH", "813 qd bhxh", "813/QÐ-BHXH",
        "30/2020/NĐ-CP", "78/2025/UBTVQH15", "813 UBND", "813/ubnd", "số 813/QĐ-BHXH")) {
      assertThat(DocumentNumbers.isNumberLike(number)).as(number).isTrue();
    }
  }

  /** Dates, plain numbers and words after a number are not document numbers. */
  @Test
  void rejectsWhatIsNotANumber() {
    for (String text : List.of("01/01/2023", "813", "2 loại", "813 ubnd", "bảo hiểm xã hội",
        "năm 2020 có", "", "BHXH")) {
      assertThat(DocumentNumbers.isNumberLike(text)).as(text).isFalse();
    }
  }

  /** In running text only numbers with a slash and a symbol are found, not dates. */
  @Test
  void findsNumbersInRunningText() {
    assertThat(DocumentNumbers.find(
            "Căn cứ Quyết định số 813/QĐ-BHXH ngày 01/01/2023 và Nghị định 30/2020/NĐ-CP;"))
        .containsExactly("813/QĐ-BHXH", "30/2020/NĐ-CP");
    assertThat(DocumentNumbers.find("số 813 qd bhxh")).containsExactly("813 qd bhxh");
    assertThat(DocumentNumbers.find("bảo hiểm xã hội 2 năm")).isEmpty();
  }
}
