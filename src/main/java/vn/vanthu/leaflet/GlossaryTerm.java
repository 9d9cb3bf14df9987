package vn.vanthu.leaflet;

import java.util.List;
import java.util.Objects;
import vn.vanthu.document.VietnameseText;

/**
 * How a term is translated everywhere: when a Vietnamese text uses {@code vi}, its English text
 * must use {@code en} or one of the {@code accepted} forms.
 *
 * @param vi the Vietnamese term, e.g. {@code bảo hiểm y tế}; matched without regard to case
 * @param en the English translation, e.g. {@code health insurance}
 * @param accepted other English forms that are also right, e.g. the abbreviation {@code VSS}
 * @param avoided English forms known to be wrong, named in the message when found
 */
public record GlossaryTerm(String vi, String en, List<String> accepted, List<String> avoided) {

  public GlossaryTerm {
    vi = VietnameseText.normalize(Objects.requireNonNull(vi, "vi"));
    en = VietnameseText.normalize(Objects.requireNonNull(en, "en"));
    if (vi.isEmpty() || en.isEmpty()) {
      throw new IllegalArgumentException("a glossary term needs both languages");
    }
    accepted = VietnameseText.normalizeAll(accepted);
    avoided = VietnameseText.normalizeAll(avoided);
  }
}
