package vn.vanthu.rendering;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vanthu.document.VietnameseText;

/** The number, date and numbering conventions of ND30, as plain functions. */
public final class Nd30Formats {

  /** Stands in for a missing number or date on a draft; non-breaking so that it is never collapsed. */
  public static final String BLANK = "\u00A0".repeat(6);

  private static final String[] POINT_LETTERS = {
    "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t",
    "u", "v", "x", "y"
  };

  private Nd30Formats() {}

  /** A register number: below 10 with a leading zero ({@code 05}), otherwise as is (spec 3.3). */
  public static String number(int number) {
    return number < 10 ? "0" + number : Integer.toString(number);
  }

  /** The Số line: {@code Số: 813/QĐ-BHXH}, or {@code Số:      /QĐ-BHXH} for a draft. */
  public static String numberLine(@Nullable Integer number, String symbol) {
    return "Số: " + numberAndSymbol(number, symbol);
  }

  /** {@code 813/QĐ-BHXH}, or {@code      /QĐ-BHXH} for a draft. */
  public static String numberAndSymbol(@Nullable Integer number, String symbol) {
    return (number == null ? BLANK : number(number)) + "/" + symbol;
  }

  /**
   * {@code ngày 05 tháng 02 năm 2021}: a leading zero only for days 1–9 and months 1 and 2
   * (spec 3.5); blanks for a draft without a date.
   */
  public static String date(@Nullable LocalDate date) {
    if (date == null) {
      return "ngày" + BLANK + "tháng" + BLANK + "năm" + BLANK;
    }
    int day = date.getDayOfMonth();
    int month = date.getMonthValue();
    String dayText = day < 10 ? "0" + day : Integer.toString(day);
    String monthText = month <= 2 ? "0" + month : Integer.toString(month);
    return "ngày " + dayText + " tháng " + monthText + " năm " + date.getYear();
  }

  /** {@code Hà Nội, ngày 23 tháng 7 năm 2013}. */
  public static String placeAndDate(String place, @Nullable LocalDate date) {
    return place + ", " + date(date);
  }

  /** Roman numerals for Phần, Chương and the mục of plans and reports. */
  public static String roman(int number) {
    if (number < 1 || number > 3999) {
      throw new IllegalArgumentException("no Roman numeral for " + number);
    }
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder roman = new StringBuilder();
    int rest = number;
    for (int i = 0; i < values.length; i++) {
      while (rest >= values[i]) {
        roman.append(symbols[i]);
        rest -= values[i];
      }
    }
    return roman.toString();
  }

  /** The letter of the n-th điểm (from 1) in the Vietnamese sequence a b c d đ e g … y. */
  public static String pointLetter(int index) {
    if (index < 1) {
      throw new IllegalArgumentException("points count from 1");
    }
    int cycle = (index - 1) / POINT_LETTERS.length;
    String letter = POINT_LETTERS[(index - 1) % POINT_LETTERS.length];
    return cycle == 0 ? letter : letter + cycle;
  }

  /** Upper case with the Vietnamese locale, for the lines ND30 sets in capitals. */
  public static String capitals(String text) {
    return text.toUpperCase(VietnameseText.LOCALE);
  }

  /** Ends the last paragraph of a body with {@code ./.}, as the templates of Phụ lục III do. */
  public static String closingMark(String text) {
    if (text.endsWith("./.")) {
      return text;
    }
    if (text.endsWith(".")) {
      return text + "/.";
    }
    return text + "./.";
  }
}
