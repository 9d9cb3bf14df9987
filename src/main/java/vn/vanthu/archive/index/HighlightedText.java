package vn.vanthu.archive.index;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/** Text fields with offsets in their postings, so that snippets need no re-analysis. */
final class HighlightedText {

  /** The exact text, stored: the snippets are cut from it. */
  static final FieldType TYPE = withOffsets(TextField.TYPE_STORED);

  /** A field whose matches are marked on the exact text (the folded syllables). */
  static final FieldType MASKED = withOffsets(TextField.TYPE_NOT_STORED);

  private static FieldType withOffsets(FieldType base) {
    FieldType type = new FieldType(base);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  private HighlightedText() {}
}
