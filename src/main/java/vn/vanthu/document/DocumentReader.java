package vn.vanthu.document;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads the JSON input of an official document (see {@code docs/document.schema.json}) into a
 * validated {@link OfficialDocument}, or throws {@link InvalidDocumentException} naming every bad
 * field and why. Thread-safe.
 */
public final class DocumentReader {

  /** The largest input accepted, in bytes: ample for a 500-page plan, small enough to refuse abuse. */
  public static final int MAX_INPUT_BYTES = 16 * 1024 * 1024;

  static final int MAX_SUBJECT = 1_000;
  static final int MAX_NAME = 300;
  static final int MAX_LINE = 2_000;
  static final int MAX_LINES = 200;

  private static final Set<String> ROOT_FIELDS = Set.of("$schema", "issuer", "type", "number",
      "symbol", "unit", "place", "date", "subject", "competence", "legalBases", "addressees", "body",
      "signature", "recipients", "filing", "classification", "urgency", "circulation", "contact",
      "attachments", "relations");
  private static final Set<String> RELATION_FIELDS = Set.of("kind", "target");
  private static final Set<String> ISSUER_FIELDS = Set.of("parent", "name", "abbreviation");
  private static final Set<String> SIGNATURE_FIELDS = Set.of("authority", "principal", "title", "name");
  private static final Set<String> ATTACHMENT_FIELDS =
      Set.of("type", "subject", "referenceLead", "issuedBy", "body");
  private static final Pattern ABBREVIATION = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern SYMBOL = Pattern.compile("[\\p{L}\\p{N}]+(-[\\p{L}\\p{N}]+)*");
  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  private final ObjectMapper mapper;

  public DocumentReader() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxStringLength(MAX_INPUT_BYTES).maxNestingDepth(64).build())
        .build();
    this.mapper = new ObjectMapper(factory)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  }

  /** Reads a document from a stream, refusing more than {@link #MAX_INPUT_BYTES}. */
  public OfficialDocument read(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_INPUT_BYTES + 1);
    if (bytes.length > MAX_INPUT_BYTES) {
      throw invalid("$", "the input is larger than " + MAX_INPUT_BYTES / (1024 * 1024) + " MB");
    }
    return read(bytes);
  }

  /** Reads a document from UTF-8 JSON bytes. */
  public OfficialDocument read(byte[] json) {
    JsonNode root;
    try {
      root = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      var location = e.getLocation();
      String where = location == null ? ""
          : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
      String detail = e.getOriginalMessage().replaceAll("(?s)\\s*\\(start marker at \\[Source:.*", "")
          .replaceAll("(?s)\\s*at \\[Source:.*", "").strip();
      throw invalid("$", "is not well-formed JSON" + where + ": " + detail);
    } catch (IOException e) {
      throw invalid("$", "could not be read: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw invalid("$", "must be a JSON object");
    }
    List<Violation> violations = new ArrayList<>();
    OfficialDocument document = readDocument(new JsonFields(root, "$", violations), violations);
    if (!violations.isEmpty() || document == null) {
      throw new InvalidDocumentException(violations);
    }
    return document;
  }

  private @Nullable OfficialDocument readDocument(JsonFields root, List<Violation> violations) {
    root.rejectUnknown(ROOT_FIELDS);
    Issuer issuer = readIssuer(root);
    DocumentType type = readCode(root, "type", DocumentType::fromCode, DocumentType.values(),
        DocumentType::code, true);
    Integer number = root.optionalInteger("number", 1, 999_999);
    LocalDate date = readDate(root);
    if (number != null && date == null && !root.hasViolation("date")) {
      root.reject("date", "is required once the document has a number");
    }
    String place = root.requiredText("place", MAX_NAME);
    String subject = root.requiredText("subject", MAX_SUBJECT);
    String competence = root.optionalText("competence", MAX_NAME);
    List<String> legalBases =
        stripPunctuation(root, "legalBases", root.textList("legalBases", MAX_LINES, MAX_LINE));
    List<String> addressees =
        stripPunctuation(root, "addressees", root.textList("addressees", MAX_LINES, MAX_NAME));
    List<Block> body = new BodyReader(violations).readBody(root, "body");
    Signature signature = readSignature(root);
    List<String> recipients = stripPunctuation(root, "recipients",
        root.textList("recipients", MAX_LINES, MAX_LINE).stream()
            .map(r -> r.startsWith("-") ? r.substring(1).strip() : r).toList());
    String filing = root.requiredText("filing", MAX_NAME);
    if (!filing.isEmpty()) {
      filing = strip(filing.replaceFirst("^-?\\s*Lưu\\s*:\\s*", ""));
      if (filing.isEmpty()) {
        root.reject("filing", "must name what is kept, e.g. VT, HTQT");
      }
    }
    Classification classification = readCode(root, "classification", Classification::fromCode,
        Classification.values(), Classification::code, false);
    Urgency urgency =
        readCode(root, "urgency", Urgency::fromCode, Urgency.values(), Urgency::code, false);
    String circulation = root.optionalText("circulation", MAX_NAME);
    String contact = root.optionalText("contact", MAX_LINE);
    String symbol = readSymbol(root, type, issuer);
    List<AttachedDocument> attachments = readAttachments(root, violations);
    List<Relation> relations = readRelations(root, violations);
    if (!violations.isEmpty() || issuer == null || type == null || signature == null) {
      return null;
    }
    return new OfficialDocument(issuer, type, number, symbol, place, date, subject, competence,
        legalBases, addressees, body, signature, recipients, filing, classification, urgency,
        circulation, contact, attachments, relations);
  }

  private List<Relation> readRelations(JsonFields root, List<Violation> violations) {
    JsonNode array = root.array("relations");
    List<Relation> relations = new ArrayList<>();
    if (array == null) {
      return relations;
    }
    for (int i = 0; i < array.size(); i++) {
      String path = root.pathOf("relations") + "[" + i + "]";
      if (!array.get(i).isObject()) {
        violations.add(new Violation(path, "must be an object"));
        continue;
      }
      JsonFields fields = new JsonFields(array.get(i), path, violations);
      fields.rejectUnknown(RELATION_FIELDS);
      Relation.Kind kind = readCode(fields, "kind", Relation.Kind::fromCode, Relation.Kind.values(),
          Relation.Kind::code, true);
      String target = fields.requiredText("target", 120);
      if (kind != null && !target.isEmpty()) {
        relations.add(new Relation(kind, target));
      }
    }
    return relations;
  }

  private @Nullable Issuer readIssuer(JsonFields root) {
    JsonFields fields = root.object("issuer", true);
    if (fields == null) {
      return null;
    }
    fields.rejectUnknown(ISSUER_FIELDS);
    String parent = fields.optionalText("parent", MAX_NAME);
    String name = fields.requiredText("name", MAX_NAME);
    String abbreviation = fields.requiredText("abbreviation", 30);
    if (!abbreviation.isEmpty() && !ABBREVIATION.matcher(abbreviation).matches()) {
      fields.reject("abbreviation", "must be letters and digits only, e.g. BHXH (was '"
          + abbreviation + "')");
    }
    return name.isEmpty() || abbreviation.isEmpty() ? null : new Issuer(parent, name, abbreviation);
  }

  private @Nullable LocalDate readDate(JsonFields root) {
    String text = root.optionalText("date", 40);
    if (text == null) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(text, ISO_DATE);
      if (date.getYear() < 1945 || date.getYear() > 2200) {
        root.reject("date", "year " + date.getYear() + " is out of range (1945–2200)");
        return null;
      }
      return date;
    } catch (DateTimeParseException e) {
      boolean wellFormed = text.matches("\\d{4}-\\d{2}-\\d{2}");
      root.reject("date", wellFormed
          ? text + " is not a date in the calendar"
          : "must be written YYYY-MM-DD (was '" + text + "')");
      return null;
    }
  }

  private @Nullable Signature readSignature(JsonFields root) {
    JsonFields fields = root.object("signature", true);
    if (fields == null) {
      return null;
    }
    fields.rejectUnknown(SIGNATURE_FIELDS);
    SigningAuthority authority = readCode(fields, "authority", SigningAuthority::fromCode,
        SigningAuthority.values(), SigningAuthority::prefix, false);
    String principal = fields.optionalText("principal", MAX_NAME);
    String title = fields.optionalText("title", MAX_NAME);
    String name = fields.requiredText("name", MAX_NAME);
    if (authority != null && principal == null && !fields.hasViolation("principal")) {
      fields.reject("principal", "is required with the authority " + authority.prefix());
    }
    if (authority == null && title == null && !fields.hasViolation("authority")
        && !fields.hasViolation("title")) {
      fields.reject("title", "is required when the signer signs in their own name");
    }
    if (name.isEmpty() || (authority != null && principal == null)
        || (authority == null && title == null)) {
      return null;
    }
    return new Signature(authority, principal, title, name);
  }

  private String readSymbol(JsonFields root, @Nullable DocumentType type, @Nullable Issuer issuer) {
    String symbol = root.optionalText("symbol", 60);
    String unit = root.optionalText("unit", 30);
    if (unit != null && !ABBREVIATION.matcher(unit).matches()) {
      root.reject("unit", "must be letters and digits only, e.g. HTQT (was '" + unit + "')");
    }
    if (symbol != null) {
      if (!SYMBOL.matcher(symbol).matches()) {
        root.reject("symbol", "must be abbreviations joined by '-' without spaces, e.g. QĐ-BHXH"
            + " (was '" + symbol + "')");
      }
      return symbol;
    }
    if (type == null || issuer == null) {
      return "";
    }
    if (type == DocumentType.CONG_VAN) {
      if (unit == null) {
        root.reject("unit", "is required for a công văn (its ký hiệu is agency-unit, e.g. BHXH-HTQT)"
            + " unless a symbol is given");
        return "";
      }
      return issuer.abbreviation() + "-" + unit;
    }
    String base = type.abbreviation().orElseThrow() + "-" + issuer.abbreviation();
    return unit == null ? base : base + "-" + unit;
  }

  private List<AttachedDocument> readAttachments(JsonFields root, List<Violation> violations) {
    JsonNode array = root.array("attachments");
    List<AttachedDocument> attachments = new ArrayList<>();
    if (array == null) {
      return attachments;
    }
    for (int i = 0; i < array.size(); i++) {
      String path = root.pathOf("attachments") + "[" + i + "]";
      if (!array.get(i).isObject()) {
        violations.add(new Violation(path, "must be an object"));
        continue;
      }
      JsonFields fields = new JsonFields(array.get(i), path, violations);
      fields.rejectUnknown(ATTACHMENT_FIELDS);
      boolean appendix = array.get(i).path("type").asText("").equals(AttachedDocument.APPENDIX);
      DocumentType type = appendix ? null : readCode(fields, "type", DocumentType::fromCode,
          DocumentType.values(), DocumentType::code, true);
      if (type == DocumentType.CONG_VAN) {
        fields.reject("type", "a công văn cannot be issued as an attached document");
      }
      String subject = fields.requiredText("subject", MAX_SUBJECT);
      String lead = fields.optionalText("referenceLead", 60);
      String issuedBy = fields.requiredText("issuedBy", MAX_NAME);
      List<Block> body = new BodyReader(violations).readBody(fields, "body");
      if (type != null || appendix) {
        attachments.add(new AttachedDocument(type, subject, lead == null ? "Kèm theo" : lead,
            issuedBy, body));
      }
    }
    return attachments;
  }

  private static <T> @Nullable T readCode(JsonFields fields, String field,
      Function<String, java.util.Optional<T>> lookup, T[] values, Function<T, String> code,
      boolean required) {
    String text = required ? fields.requiredText(field, 60) : fields.optionalText(field, 60);
    if (text == null || text.isEmpty()) {
      return null;
    }
    return lookup.apply(text).orElseGet(() -> {
      fields.reject(field, "is not a known value '" + text + "'; expected one of "
          + Arrays.stream(values).map(code).collect(Collectors.joining(", ")));
      return null;
    });
  }

  /** Drops the closing ; , . that the renderer adds itself, so input may carry them or not. */
  private static List<String> stripPunctuation(JsonFields root, String field, List<String> lines) {
    List<String> stripped = lines.stream().map(DocumentReader::strip).toList();
    for (int i = 0; i < stripped.size(); i++) {
      if (stripped.get(i).isEmpty()) {
        root.reject(field + "[" + i + "]", "has no words, only punctuation");
      }
    }
    return stripped;
  }

  private static String strip(String line) {
    return line.replaceFirst("[;,.]+$", "").strip();
  }

  private static InvalidDocumentException invalid(String field, String reason) {
    return new InvalidDocumentException(List.of(new Violation(field, reason)));
  }
}
