package vn.vanthu.archive.index;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/** A stored text field with offsets in its postings, so snippets need no re-analysis. */
final class HighlightedText {

  static final FieldType TYPE = new FieldType(TextField.TYPE_STORED);

  static {
    TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TYPE.freeze();
  }

  private HighlightedText() {}
}
