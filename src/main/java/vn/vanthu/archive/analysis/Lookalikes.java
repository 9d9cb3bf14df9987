package vn.vanthu.archive.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/** Replaces letters that only look like Vietnamese ones, before tokenizing. */
final class Lookalikes {

  // Real documents write QÐ with the Icelandic eth (U+00D0/U+00F0) instead of Đ (U+0110/U+0111);
  // ASCII folding maps both to d, but the exact field must see one letter too.
  private static final NormalizeCharMap MAP;

  static {
    NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
    builder.add("\u00D0", "\u0110");
    builder.add("\u00F0", "\u0111");
    builder.add("\u0189", "\u0110"); // African D, same glyph in most fonts
    MAP = builder.build();
  }

  private Lookalikes() {}

  /** Wraps a reader so that look-alike letters reach the tokenizer as the Vietnamese letter. */
  static Reader wrap(Reader reader) {
    return new MappingCharFilter(MAP, reader);
  }
}
