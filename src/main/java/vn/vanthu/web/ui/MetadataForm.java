package vn.vanthu.web.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.vanthu.archive.ArchivedDocument;
import vn.vanthu.archive.CorrectionRejected;
import vn.vanthu.archive.ingest.DocumentKind;
import vn.vanthu.archive.ingest.MetadataField;
import vn.vanthu.document.Classification;

/**
 * The correction form of one imported document: each field with its value, the detector's
 * confidence, whether a person changed it, and the message key of its error.
 *
 * @param documentId the archive id the form saves to
 * @param source the uploaded file (or {@code file:line}) it came from, or null
 * @param saved whether the last save of this document succeeded
 */
record MetadataForm(String documentId, @Nullable String source, List<Field> fields,
    boolean saved) {

  /**
   * One field of the form.
   *
   * @param name the form parameter and JSON name, e.g. {@code date}
   * @param value the value shown in the input
   * @param confidence the detector's confidence in percent, or null when not known
   * @param corrected whether the value differs from what was detected
   * @param errorKey the message key of what is wrong with the value, or null
   */
  record Field(String name, String value, @Nullable Integer confidence, boolean corrected,
      @Nullable String errorKey) {}

  /** The names of the document kinds, for the type list. */
  static List<String> kinds() {
    return DocumentKind.all().stream().map(DocumentKind::displayName).toList();
  }

  /** The codes of the độ mật levels, lowest first, for the classification list. */
  static List<String> classifications() {
    List<String> codes = new ArrayList<>();
    for (Classification level : Classification.values()) {
      codes.add(level.code());
    }
    return codes;
  }

  /**
   * The form of a stored document, compared with what import found.
   *
   * @param found the metadata as import reported it ({@link DetectedMetadata#toJsonMap}: values
   *     and a {@code confidence} map), or an empty map when not known
   */
  static MetadataForm of(ArchivedDocument document, Map<String, Object> found,
      @Nullable String source, boolean saved) {
    Map<MetadataField, String> values = values(document);
    Map<?, ?> confidences = found.get("confidence") instanceof Map<?, ?> map ? map : Map.of();
    List<Field> fields = new ArrayList<>();
    for (MetadataField field : MetadataField.values()) {
      Object detected = found.get(field.jsonName());
      String value = values.get(field);
      Integer confidence = confidences.get(field.jsonName()) instanceof Number number
          ? (int) Math.round(number.doubleValue() * 100) : null;
      fields.add(new Field(field.jsonName(), value, confidence,
          !found.isEmpty() && !value.equals(detected == null ? "" : detected.toString()), null));
    }
    return new MetadataForm(document.id(), source, fields, saved);
  }

  /** The form as a person filled it, with the message key beside each rejected field. */
  MetadataForm rejected(Map<MetadataField, @Nullable String> submitted,
      CorrectionRejected rejection) {
    List<Field> shown = new ArrayList<>();
    for (Field field : fields) {
      MetadataField which = MetadataField.fromJsonName(field.name()).orElseThrow();
      CorrectionRejected.Problem problem = rejection.problems().get(which);
      shown.add(new Field(field.name(), Objects.requireNonNullElse(submitted.get(which), ""),
          field.confidence(), field.corrected(), problem == null ? null : errorKey(problem,
              field.name())));
    }
    return new MetadataForm(documentId, source, shown, false);
  }

  /** A value that is not valid is explained per field; the other problems are the same for all. */
  private static String errorKey(CorrectionRejected.Problem problem, String field) {
    String name = problem.name().toLowerCase(Locale.ROOT).replace('_', '-');
    return problem == CorrectionRejected.Problem.INVALID ? "import.error." + name + "." + field
        : "import.error." + name;
  }

  /** Whether any field has an error. */
  public boolean hasErrors() {
    return fields.stream().anyMatch(f -> f.errorKey() != null);
  }

  /** The submitted form parameters by field; a missing parameter is an empty value. */
  static Map<MetadataField, @Nullable String> submitted(Map<String, String> parameters) {
    Map<MetadataField, @Nullable String> values = new EnumMap<>(MetadataField.class);
    for (MetadataField field : MetadataField.values()) {
      values.put(field, parameters.getOrDefault(field.jsonName(), ""));
    }
    return values;
  }

  private static Map<MetadataField, String> values(ArchivedDocument d) {
    Map<MetadataField, String> values = new EnumMap<>(MetadataField.class);
    values.put(MetadataField.NUMBER, text(d.numberText()));
    values.put(MetadataField.TYPE, text(d.typeName()));
    LocalDate date = d.issueDate();
    values.put(MetadataField.DATE, date == null ? "" : date.toString());
    values.put(MetadataField.PLACE, text(d.place()));
    values.put(MetadataField.ISSUER, d.issuer());
    values.put(MetadataField.TITLE, text(d.title()));
    values.put(MetadataField.SIGNER, text(d.signer()));
    values.put(MetadataField.CLASSIFICATION,
        d.classification() == null ? "" : d.classification().code());
    return values;
  }

  private static String text(@Nullable String value) {
    return value == null ? "" : value;
  }
}
