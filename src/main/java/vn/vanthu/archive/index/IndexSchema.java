package vn.vanthu.archive.index;

import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import vn.vanthu.archive.analysis.SearchFields;

/**
 * The fields of the index and how a document is written into them. Bump {@link #VERSION} whenever
 * a field or an analyzer changes: an index of another version is wiped and rebuilt from the store.
 */
public final class IndexSchema {

  /** The schema and analysis version; part of the sentinel written beside the index. */
  public static final int VERSION = 3;

  public static final String ID = "id";
  public static final String NUMBER = "number";
  public static final String NUMBER_TEXT = "number_text";
  public static final String TYPE = "type";
  public static final String TYPE_NAME = "type_name";
  public static final String ISSUER = "issuer";
  public static final String ISSUER_KEY = "issuer_key";
  public static final String YEAR = "year";
  public static final String DATE = "date";
  public static final String DATE_SORT = "date_sort";
  public static final String CLASSIFICATION = "classification";
  public static final String SECRECY = "secrecy";
  public static final String SIGNER = "signer";
  public static final String TITLE_STORED = "title_stored";
  public static final String TEXT_STORED = "text";
  public static final SearchFields TEXT = new SearchFields("text", "text_folded", "text_shingles");
  public static final SearchFields TITLE = SearchFields.of("title");
  public static final SearchFields ISSUER_TEXT = SearchFields.of("issuer_text");

  /** Facet dimensions. */
  public static final String FACET_TYPE = "Loại văn bản";
  public static final String FACET_ISSUER = "Cơ quan ban hành";
  public static final String FACET_YEAR = "Năm";
  public static final String FACET_SECRECY = "Độ mật";

  static final FacetsConfig FACETS = new FacetsConfig();

  private IndexSchema() {}

  /** The analyzer of every field, for the index writer and the highlighter. */
  public static Analyzer analyzer() {
    return SearchFields.indexAnalyzer(NUMBER, TEXT, TITLE, ISSUER_TEXT);
  }

  /** The Lucene document of an archived document. */
  static Document toLucene(IndexedDocument d) {
    Document doc = new Document();
    doc.add(new StringField(ID, d.id(), Field.Store.YES));
    if (d.numberText() != null) {
      doc.add(new TextField(NUMBER, d.numberText(), Field.Store.NO));
      doc.add(new StoredField(NUMBER_TEXT, d.numberText()));
    }
    if (d.typeCode() != null) {
      doc.add(new StringField(TYPE, d.typeCode(), Field.Store.YES));
      doc.add(new StoredField(TYPE_NAME, d.typeName()));
      doc.add(new SortedSetDocValuesFacetField(FACET_TYPE, d.typeName()));
    }
    doc.add(new StoredField(ISSUER, d.issuer()));
    doc.add(new StringField(ISSUER_KEY, key(d.issuer()), Field.Store.NO));
    ISSUER_TEXT.fields(d.issuer()).forEach(doc::add);
    doc.add(new SortedSetDocValuesFacetField(FACET_ISSUER, d.issuer()));
    if (d.date() != null) {
      doc.add(new IntPoint(YEAR, d.date().getYear()));
      doc.add(new LongPoint(DATE, d.date().toEpochDay()));
      doc.add(new NumericDocValuesField(DATE_SORT, d.date().toEpochDay()));
      doc.add(new StoredField(DATE, d.date().toString()));
      doc.add(new SortedSetDocValuesFacetField(FACET_YEAR, Integer.toString(d.date().getYear())));
    } else {
      doc.add(new NumericDocValuesField(DATE_SORT, Long.MIN_VALUE));
    }
    doc.add(new IntPoint(SECRECY, d.secrecy()));
    doc.add(new StoredField(SECRECY, d.secrecy()));
    String secrecy = d.classification() == null ? "không" : d.classification();
    doc.add(new StringField(CLASSIFICATION, secrecy, Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(FACET_SECRECY, secrecy));
    if (d.signer() != null) {
      doc.add(new StoredField(SIGNER, d.signer()));
    }
    if (d.title() != null) {
      doc.add(new StoredField(TITLE_STORED, d.title()));
      // The heading as printed, tên loại then trích yếu: "Kế hoạch thông tin đối ngoại …".
      TITLE.fields(d.typeName() == null ? d.title() : d.typeName() + " " + d.title())
          .forEach(doc::add);
    }
    // The exact field is stored, with offsets, for the highlighter; the folded field has offsets
    // too, so that the highlighter marks its matches without analysing the text again.
    doc.add(new Field(TEXT.exact(), d.text(), HighlightedText.TYPE));
    doc.add(new Field(TEXT.folded(), d.text(), HighlightedText.MASKED));
    doc.add(new TextField(TEXT.shingles(), d.text(), Field.Store.NO));
    return doc;
  }

  /** The type code of a type name outside ND30's list: folded, hyphenated ("thong-tu"). */
  public static String typeCode(String typeName) {
    return java.text.Normalizer.normalize(typeName, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D')
        .toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", "-");
  }

  /** The filter key of an issuer: lower case, single spaces. */
  public static String key(String issuer) {
    return issuer.strip().replaceAll("\\s+", " ").toLowerCase(Locale.forLanguageTag("vi-VN"));
  }
}
