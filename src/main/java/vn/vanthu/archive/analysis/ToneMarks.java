package vn.vanthu.archive.analysis;

import java.text.Normalizer;

/**
 * Puts the tone mark of a lower-case Vietnamese syllable on one canonical vowel.
 *
 * <p>Both placements are in everyday use, often in the same document ({@code hòa}/{@code hoà},
 * {@code thủy}/{@code thuỷ}, {@code ủy}/{@code uỷ}); without a canonical form an accented query
 * would miss half the exact matches. The traditional placement wins because it is the more common
 * one in legal text: the mark goes on the vowel with a quality mark (â ă ê ô ơ ư, the last one in
 * ươ), else on the last vowel before a final consonant, else on the middle of three vowels or the
 * first of two. Anything that is not one well-formed syllable is left alone.
 */
final class ToneMarks {

  private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";
  private static final String QUALITIES = "\u0302\u0306\u031B";
  private static final String VOWELS = "aeiouy";
  private static final int MAX_LETTERS = 16;

  private ToneMarks() {}

  /** The syllable with its tone mark moved to the canonical vowel, in NFC; else the input. */
  static String canonical(String syllable) {
    if (syllable.length() > MAX_LETTERS || isAscii(syllable)) {
      return syllable;
    }
    String decomposed = Normalizer.normalize(syllable, Normalizer.Form.NFD);
    char[] bases = new char[decomposed.length()];
    char[] qualities = new char[decomposed.length()];
    int count = 0;
    char tone = 0;
    int tonedLetter = -1;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (TONES.indexOf(c) >= 0 && tone == 0 && count > 0) {
        tone = c;
        tonedLetter = count - 1;
      } else if (QUALITIES.indexOf(c) >= 0 && count > 0 && qualities[count - 1] == 0) {
        qualities[count - 1] = c;
      } else if ((c >= 'a' && c <= 'z') || c == 'đ') {
        bases[count++] = c;
      } else {
        return syllable; // a second tone, a digit, an upper-case or foreign letter: not ours
      }
    }
    if (tone == 0 || !isVowel(bases[tonedLetter])) {
      return syllable; // no tone, or a tilde on a consonant (Spanish ñ)
    }
    int target = target(bases, qualities, count);
    if (target < 0 || target == tonedLetter) {
      return syllable;
    }
    StringBuilder moved = new StringBuilder(count + 2);
    for (int i = 0; i < count; i++) {
      moved.append(bases[i]);
      if (qualities[i] != 0) {
        moved.append(qualities[i]);
      }
      if (i == target) {
        moved.append(tone);
      }
    }
    return Normalizer.normalize(moved, Normalizer.Form.NFC);
  }

  /** The index of the letter that should carry the tone, or -1 if this is not one syllable. */
  private static int target(char[] bases, char[] qualities, int count) {
    int start = 0;
    while (start < count && !isVowel(bases[start])) {
      start++;
    }
    int end = start;
    while (end < count && isVowel(bases[end])) {
      end++;
    }
    for (int i = end; i < count; i++) {
      if (isVowel(bases[i])) {
        return -1; // two vowel groups: a foreign word or two syllables run together
      }
    }
    // The u of qu- and the i of gi- belong to the initial consonant, not to the vowel.
    if (end - start > 1 && start > 0
        && ((bases[start - 1] == 'q' && bases[start] == 'u')
            || (bases[start - 1] == 'g' && bases[start] == 'i'))) {
      start++;
    }
    int length = end - start;
    if (length == 0 || length > 3) {
      return -1;
    }
    for (int i = end - 1; i >= start; i--) {
      if (qualities[i] != 0) {
        return i;
      }
    }
    if (end < count) {
      return end - 1;
    }
    return length == 3 ? start + 1 : start;
  }

  private static boolean isVowel(char c) {
    return VOWELS.indexOf(c) >= 0;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
