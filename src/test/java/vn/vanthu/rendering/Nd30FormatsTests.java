package vn.vanthu.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The ND30 number, date and numbering conventions (spec 3.3, 3.5, 3.8). */
class Nd30FormatsTests {

  /** Days 1–9 take a leading zero, later days do not. */
  @Test
  void daysBelowTenTakeALeadingZero() {
    assertThat(Nd30Formats.date(LocalDate.of(2021, 3, 5))).isEqualTo("ngày 05 tháng 3 năm 2021");
    assertThat(Nd30Formats.date(LocalDate.of(2021, 3, 15))).isEqualTo("ngày 15 tháng 3 năm 2021");
    assertThat(Nd30Formats.date(LocalDate.of(2021, 3, 1))).isEqualTo("ngày 01 tháng 3 năm 2021");
  }

  /** Only months 1 and 2 take a leading zero; 3 to 12 are written as they are. */
  @Test
  void onlyJanuaryAndFebruaryTakeALeadingZero() {
    assertThat(Nd30Formats.date(LocalDate.of(2020, 1, 5))).isEqualTo("ngày 05 tháng 01 năm 2020");
    assertThat(Nd30Formats.date(LocalDate.of(2021, 2, 5))).isEqualTo("ngày 05 tháng 02 năm 2021");
    assertThat(Nd30Formats.date(LocalDate.of(2021, 3, 5))).isEqualTo("ngày 05 tháng 3 năm 2021");
    assertThat(Nd30Formats.date(LocalDate.of(2019, 6, 29))).isEqualTo("ngày 29 tháng 6 năm 2019");
    assertThat(Nd30Formats.date(LocalDate.of(2021, 12, 5))).isEqualTo("ngày 05 tháng 12 năm 2021");
  }

  /** The place comes first, followed by a comma, as in the decree's own examples. */
  @Test
  void placeAndDateFollowTheDecreeExamples() {
    assertThat(Nd30Formats.placeAndDate("Hà Nội", LocalDate.of(2020, 1, 5)))
        .isEqualTo("Hà Nội, ngày 05 tháng 01 năm 2020");
    assertThat(Nd30Formats.placeAndDate("Thành phố Hồ Chí Minh", LocalDate.of(2019, 6, 29)))
        .isEqualTo("Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019");
  }

  /** A draft without a date keeps the words and leaves non-collapsible blanks for the numbers. */
  @Test
  void draftDateLeavesBlanks() {
    String blank = Nd30Formats.BLANK;
    assertThat(blank).isNotEmpty().matches("\u00A0+");
    assertThat(Nd30Formats.date(null)).isEqualTo("ngày" + blank + "tháng" + blank + "năm" + blank);
    assertThat(Nd30Formats.placeAndDate("Hà Nội", null)).startsWith("Hà Nội, ngày\u00A0");
  }

  /** Register numbers below 10 take a leading zero; larger ones are written as they are. */
  @Test
  void numbersBelowTenTakeALeadingZero() {
    assertThat(Nd30Formats.number(5)).isEqualTo("05");
    assertThat(Nd30Formats.number(1)).isEqualTo("01");
    assertThat(Nd30Formats.number(10)).isEqualTo("10");
    assertThat(Nd30Formats.number(813)).isEqualTo("813");
  }

  /** The Số line joins number and ký hiệu with a slash, and a draft leaves the number blank. */
  @Test
  void numberLineJoinsNumberAndSymbol() {
    assertThat(Nd30Formats.numberLine(5, "BNV-VP")).isEqualTo("Số: 05/BNV-VP");
    assertThat(Nd30Formats.numberLine(813, "QĐ-BHXH")).isEqualTo("Số: 813/QĐ-BHXH");
    assertThat(Nd30Formats.numberLine(null, "QĐ-BHXH"))
        .isEqualTo("Số: " + Nd30Formats.BLANK + "/QĐ-BHXH");
  }

  /** Roman numerals for Phần, Chương and mục. */
  @Test
  void romanNumerals() {
    assertThat(IntStream.rangeClosed(1, 12).mapToObj(Nd30Formats::roman))
        .containsExactly("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII");
    assertThat(Nd30Formats.roman(40)).isEqualTo("XL");
    assertThat(Nd30Formats.roman(1994)).isEqualTo("MCMXCIV");
    assertThat(Nd30Formats.roman(3999)).isEqualTo("MMMCMXCIX");
    assertThatThrownBy(() -> Nd30Formats.roman(0)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Điểm letters follow the Vietnamese alphabet: đ after d, and no f, j, w or z. */
  @Test
  void pointLettersFollowTheVietnameseAlphabet() {
    assertThat(IntStream.rangeClosed(1, 23).mapToObj(Nd30Formats::pointLetter))
        .containsExactly("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p",
            "q", "r", "s", "t", "u", "v", "x", "y");
    assertThatThrownBy(() -> Nd30Formats.pointLetter(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Capitals use the Vietnamese locale and keep the diacritics. */
  @Test
  void capitalsKeepDiacritics() {
    assertThat(Nd30Formats.capitals("Bảo hiểm xã hội Việt Nam")).isEqualTo("BẢO HIỂM XÃ HỘI VIỆT NAM");
    assertThat(Nd30Formats.capitals("đối ngoại")).isEqualTo("ĐỐI NGOẠI");
  }

  /** The last paragraph ends with ./. exactly once. */
  @Test
  void closingMarkIsAddedOnce() {
    assertThat(Nd30Formats.closingMark("thực hiện")).isEqualTo("thực hiện./.");
    assertThat(Nd30Formats.closingMark("thực hiện.")).isEqualTo("thực hiện./.");
    assertThat(Nd30Formats.closingMark("thực hiện./.")).isEqualTo("thực hiện./.");
  }
}
