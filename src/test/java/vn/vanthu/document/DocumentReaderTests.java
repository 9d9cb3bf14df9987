package vn.vanthu.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input for {@link DocumentReader}: each case takes the valid 813 decision, breaks one thing
 * (or a few) and checks the exact list of violations, field and reason. Then the normalisations
 * the reader promises, hostile HTML kept as literal text, and 500 seeded random mutations that
 * must each end in a document or in an {@link InvalidDocumentException}, never anything else.
 */
class DocumentReaderTests {

  private static final Path SAMPLE = Path.of(System.getProperty("basedir", ""))
      .toAbsolutePath().resolve("samples/quyet-dinh-813-bhxh.json");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final byte[] SAMPLE_BYTES = readSample();

  private static final String TYPES = "nghi-quyet, quyet-dinh, chi-thi, quy-che, quy-dinh, "
      + "thong-cao, thong-bao, huong-dan, chuong-trinh, ke-hoach, phuong-an, de-an, du-an, bao-cao, "
      + "bien-ban, to-trinh, hop-dong, cong-dien, ban-ghi-nho, ban-thoa-thuan, giay-uy-quyen, "
      + "giay-moi, giay-gioi-thieu, giay-nghi-phep, phieu-gui, phieu-chuyen, phieu-bao, cong-van";
  private static final String BLOCK_KINDS =
      "article, bullet, chapter, clause, item, paragraph, part, point, section, table";
  private static final int TEN_MB = 10 * 1024 * 1024;

  private final DocumentReader reader = new DocumentReader();

  // ---------------------------------------------------------------------------------------------
  // Fixture
  // ---------------------------------------------------------------------------------------------

  private static byte[] readSample() {
    try {
      return Files.readAllBytes(SAMPLE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fresh, mutable copy of the valid 813 decision. */
  static ObjectNode sample() {
    try {
      return (ObjectNode) MAPPER.readTree(SAMPLE_BYTES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The 813 decision with one change applied. */
  static ObjectNode mutated(Consumer<ObjectNode> mutation) {
    ObjectNode document = sample();
    mutation.accept(document);
    return document;
  }

  static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode json(String text) {
    try {
      return (ObjectNode) MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ArrayNode array(String text) {
    try {
      return (ArrayNode) MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Violation v(String field, String reason) {
    return new Violation(field, reason);
  }

  private List<Violation> violations(byte[] input) {
    InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
        () -> reader.read(input));
    return e.violations();
  }

  private OfficialDocument read(Consumer<ObjectNode> mutation) {
    return reader.read(bytes(mutated(mutation)));
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static Arguments bad(String name, Consumer<ObjectNode> mutation, Violation... expected) {
    return Arguments.of(name, mutation, List.of(expected));
  }

  // ---------------------------------------------------------------------------------------------
  // Bad input: the 813 decision with one thing broken
  // ---------------------------------------------------------------------------------------------

  static Stream<Arguments> badDocuments() {
    return Stream.of(
        bad("unknown root field", d -> d.put("author", "Ban HTQT"),
            v("author", "is not a known field")),
        bad("missing issuer", d -> d.remove("issuer"),
            v("issuer", "is required")),
        bad("issuer not an object", d -> d.put("issuer", "BHXH"),
            v("issuer", "must be an object")),
        bad("issuer.name blank", d -> ((ObjectNode) d.get("issuer")).put("name", " \t\n "),
            v("issuer.name", "must not be blank")),
        bad("issuer.abbreviation with a space",
            d -> ((ObjectNode) d.get("issuer")).put("abbreviation", "BH XH"),
            v("issuer.abbreviation", "must be letters and digits only, e.g. BHXH (was 'BH XH')")),
        bad("unknown issuer field", d -> ((ObjectNode) d.get("issuer")).put("code", "VN01"),
            v("issuer.code", "is not a known field")),
        bad("missing type", d -> d.remove("type"),
            v("type", "is required")),
        bad("unknown type", d -> d.put("type", "sac-lenh"),
            v("type", "is not a known value 'sac-lenh'; expected one of " + TYPES)),
        bad("type in capitals", d -> d.put("type", "QUYET-DINH"),
            v("type", "is not a known value 'QUYET-DINH'; expected one of " + TYPES)),
        bad("number 0", d -> d.put("number", 0),
            v("number", "must be between 1 and 999999 (was 0)")),
        bad("number -3", d -> d.put("number", -3),
            v("number", "must be between 1 and 999999 (was -3)")),
        bad("number 1000000", d -> d.put("number", 1_000_000),
            v("number", "must be between 1 and 999999 (was 1000000)")),
        bad("number \"abc\"", d -> d.put("number", "abc"),
            v("number", "must be a whole number")),
        bad("number \"813\" as a string", d -> d.put("number", "813"),
            v("number", "must be a whole number")),
        bad("number 1.5", d -> d.put("number", new BigDecimal("1.5")),
            v("number", "must be a whole number")),
        bad("number true", d -> d.put("number", true),
            v("number", "must be a whole number")),
        bad("date 2013-02-31", d -> d.put("date", "2013-02-31"),
            v("date", "2013-02-31 is not a date in the calendar")),
        bad("date 31/02/2013", d -> d.put("date", "31/02/2013"),
            v("date", "must be written YYYY-MM-DD (was '31/02/2013')")),
        bad("date 2013-13-01", d -> d.put("date", "2013-13-01"),
            v("date", "2013-13-01 is not a date in the calendar")),
        bad("date 2013-7-23 without zero padding", d -> d.put("date", "2013-7-23"),
            v("date", "must be written YYYY-MM-DD (was '2013-7-23')")),
        bad("date year 1900", d -> d.put("date", "1900-01-01"),
            v("date", "year 1900 is out of range (1945–2200)")),
        bad("date as a number", d -> d.put("date", 20130723),
            v("date", "must be a string")),
        bad("number without date", d -> d.remove("date"),
            v("date", "is required once the document has a number")),
        bad("missing place", d -> d.remove("place"),
            v("place", "is required")),
        bad("place null", d -> d.putNull("place"),
            v("place", "is required")),
        bad("place too long", d -> d.put("place", "x".repeat(301)),
            v("place", "is too long (301 characters; at most 300)")),
        bad("missing subject", d -> d.remove("subject"),
            v("subject", "is required")),
        bad("subject of 10 MB", d -> d.put("subject", "a".repeat(TEN_MB)),
            v("subject", "is too long (" + TEN_MB + " characters; at most 1000)")),
        bad("subject with U+0000", d -> d.put("subject", "Về việc\u0000 ban hành"),
            v("subject", "contains the control character U+0000")),
        bad("subject with U+001B (escape)", d -> d.put("subject", "Về việc \u001B[31m"),
            v("subject", "contains the control character U+001B")),
        bad("subject with U+0085 (C1 control)", d -> d.put("subject", "Về\u0085việc"),
            v("subject", "contains the control character U+0085")),
        bad("subject with the non-character U+FFFE", d -> d.put("subject", "Về việc \uFFFE"),
            v("subject", "contains the control character U+FFFE")),
        bad("empty body array", d -> d.putArray("body"),
            v("body", "must contain at least one block")),
        bad("body missing", d -> d.remove("body"),
            v("body", "is required")),
        bad("body not an array", d -> d.put("body", "Điều 1. Ban hành"),
            v("body", "must be an array")),
        bad("body entry not an object", d -> d.set("body", array("[\"Điều 1\"]")),
            v("body[0]", "must be an object with a \"kind\"")),
        bad("block without kind", d -> d.set("body", array("[{\"text\": \"Ban hành\"}]")),
            v("body[0].kind", "is required")),
        bad("unknown block kind", d -> d.set("body", array(
                "[{\"kind\": \"article\", \"text\": \"a\"}, {\"kind\": \"heading\", \"text\": \"b\"}]")),
            v("body[1].kind", "is not a known block kind 'heading'; expected one of "
                + BLOCK_KINDS)),
        bad("unknown field in a block", d -> d.set("body", array(
                "[{\"kind\": \"paragraph\", \"text\": \"a\", \"style\": \"color:red\"}]")),
            v("body[0].style", "is not a known field")),
        bad("clause at top level", d -> d.set("body", array(
                "[{\"kind\": \"clause\", \"text\": \"Khoản lạc chỗ\"}]")),
            v("body[0]", "a clause (khoản) must stand inside an article (Điều), "
                + "not at the top of the body")),
        bad("point directly in a section", d -> d.set("body", array(
                "[{\"kind\": \"section\", \"title\": \"MỤC TIÊU\", \"children\": "
                    + "[{\"kind\": \"point\", \"text\": \"Điểm lạc chỗ\"}]}]")),
            v("body[0].children[0]", "a point (điểm) must stand inside a clause (khoản) or an "
                + "article, not inside a section")),
        bad("chapter inside an article", d -> d.set("body", array(
                "[{\"kind\": \"article\", \"text\": \"a\", \"children\": "
                    + "[{\"kind\": \"chapter\", \"title\": \"QUY ĐỊNH CHUNG\"}]}]")),
            v("body[0].children[0]", "a chapter (Chương) must stand at the top or inside a part, "
                + "not inside an article")),
        bad("article with nothing", d -> d.set("body", array("[{\"kind\": \"article\"}]")),
            v("body[0]", "needs a title, a text or children")),
        bad("section without title", d -> d.set("body", array(
                "[{\"kind\": \"section\", \"children\": [{\"kind\": \"paragraph\", \"text\": \"a\"}]}]")),
            v("body[0].title", "is required")),
        bad("table row with wrong cell count", d -> d.set("body", array(
                "[{\"kind\": \"table\", \"header\": [\"TT\", \"Nội dung\"], "
                    + "\"rows\": [[\"1\", \"Hội nghị\"], [\"2\"]]}]")),
            v("body[0].rows[1]", "has 1 cells; the header has 2")),
        bad("table cell not a string", d -> d.set("body", array(
                "[{\"kind\": \"table\", \"header\": [\"TT\", \"Nội dung\"], "
                    + "\"rows\": [[1, \"Hội nghị\"]]}]")),
            v("body[0].rows[0][0]", "must be a string")),
        bad("body nested deeper than 12 levels", d -> d.set("body", nestedBullets(13)),
            v("body[0]" + ".children[0]".repeat(11) + ".children", "nests deeper than 12 levels")),
        bad("missing signature", d -> d.remove("signature"),
            v("signature", "is required")),
        bad("signature without name", d -> ((ObjectNode) d.get("signature")).remove("name"),
            v("signature.name", "is required")),
        bad("signature without title or authority",
            d -> ((ObjectNode) d.get("signature")).remove("title"),
            v("signature.title", "is required when the signer signs in their own name")),
        bad("unknown authority XX", d -> ((ObjectNode) d.get("signature")).put("authority", "XX"),
            v("signature.authority", "is not a known value 'XX'; expected one of "
                + "TM., KT., TL., TUQ., Q.")),
        bad("authority KT without principal",
            d -> ((ObjectNode) d.get("signature")).put("authority", "KT"),
            v("signature.principal", "is required with the authority KT.")),
        bad("unknown signature field", d -> ((ObjectNode) d.get("signature")).put("seal", true),
            v("signature.seal", "is not a known field")),
        bad("missing filing", d -> d.remove("filing"),
            v("filing", "is required")),
        bad("filing \"Lưu:\" with nothing kept", d -> d.put("filing", "Lưu: "),
            v("filing", "must name what is kept, e.g. VT, HTQT")),
        bad("unknown classification", d -> d.put("classification", "bi-mat"),
            v("classification", "is not a known value 'bi-mat'; expected one of "
                + "mat, toi-mat, tuyet-mat")),
        bad("unknown urgency", d -> d.put("urgency", "gap"),
            v("urgency", "is not a known value 'gap'; expected one of khan, thuong-khan, hoa-toc")),
        bad("công văn without unit", d -> d.put("type", "cong-van"),
            v("unit", "is required for a công văn (its ký hiệu is agency-unit, e.g. BHXH-HTQT)"
                + " unless a symbol is given")),
        bad("unit with a space", d -> d.put("unit", "H TQT"),
            v("unit", "must be letters and digits only, e.g. HTQT (was 'H TQT')")),
        bad("symbol with a space", d -> d.put("symbol", "QĐ BHXH"),
            v("symbol", "must be abbreviations joined by '-' without spaces, e.g. QĐ-BHXH"
                + " (was 'QĐ BHXH')")),
        bad("attachment with type cong-van",
            d -> ((ObjectNode) d.get("attachments").get(0)).put("type", "cong-van"),
            v("attachments[0].type", "a công văn cannot be issued as an attached document")),
        bad("attachment without issuedBy",
            d -> ((ObjectNode) d.get("attachments").get(0)).remove("issuedBy"),
            v("attachments[0].issuedBy", "is required")),
        bad("attachment not an object", d -> d.set("attachments", array("[\"Kế hoạch\"]")),
            v("attachments[0]", "must be an object")),
        bad("clause at the top of an attachment's body",
            d -> ((ObjectNode) d.get("attachments").get(0)).set("body", array(
                "[{\"kind\": \"clause\", \"text\": \"a\"}]")),
            v("attachments[0].body[0]", "a clause (khoản) must stand inside an article (Điều), "
                + "not at the top of the body")),
        bad("non-string in legalBases", d -> ((ArrayNode) d.get("legalBases")).set(1, 42),
            v("legalBases[1]", "must be a string")),
        bad("legalBases not an array", d -> d.put("legalBases", "Căn cứ Luật"),
            v("legalBases", "must be an array of strings")),
        bad("legal basis of punctuation only", d -> ((ArrayNode) d.get("legalBases")).set(0, ";"),
            v("legalBases[0]", "has no words, only punctuation")),
        bad("blank legal basis", d -> ((ArrayNode) d.get("legalBases")).set(2, "   "),
            v("legalBases[2]", "must not be blank")),
        bad("too many legal bases", d -> {
              ArrayNode bases = d.putArray("legalBases");
              for (int i = 0; i < 201; i++) {
                bases.add("Căn cứ " + i);
              }
            },
            v("legalBases", "has too many entries (201; at most 200)")),
        bad("recipient that is only a dash", d -> ((ArrayNode) d.get("recipients")).set(0, "-"),
            v("recipients[0]", "has no words, only punctuation")),
        bad("unknown relation kind", d -> d.set("relations", array(
                "[{\"kind\": \"cancels\", \"target\": \"812/QĐ-BHXH\"}]")),
            v("relations[0].kind", "is not a known value 'cancels'; expected one of "
                + "amends, replaces, revokes")),
        bad("several bad fields at once, in input order", d -> {
              d.remove("issuer");
              d.put("type", "x");
              d.put("number", 0);
              d.put("place", "");
              ((ObjectNode) d.get("signature")).remove("name");
              d.put("urgency", "gap");
            },
            v("issuer", "is required"),
            v("type", "is not a known value 'x'; expected one of " + TYPES),
            v("number", "must be between 1 and 999999 (was 0)"),
            v("place", "must not be blank"),
            v("signature.name", "is required"),
            v("urgency", "is not a known value 'gap'; expected one of khan, thuong-khan, hoa-toc")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDocuments")
  void badDocumentIsRefusedWithExactlyTheseViolations(String name, Consumer<ObjectNode> mutation,
      List<Violation> expected) {
    assertEquals(expected, violations(bytes(mutated(mutation))), name);
  }

  /** {@code depth} bullets, each the only child of the one before. */
  private static ArrayNode nestedBullets(int depth) {
    ObjectNode innermost = NODES.objectNode().put("kind", "bullet").put("text", "level " + depth);
    ObjectNode block = innermost;
    for (int level = depth - 1; level >= 1; level--) {
      ObjectNode parent = NODES.objectNode().put("kind", "bullet").put("text", "level " + level);
      parent.putArray("children").add(block);
      block = parent;
    }
    return NODES.arrayNode().add(block);
  }

  // ---------------------------------------------------------------------------------------------
  // Bad input: not a JSON object at all
  // ---------------------------------------------------------------------------------------------

  static Stream<Arguments> badBytes() {
    String sample = text(SAMPLE_BYTES);
    int typeLine = lineOf(sample, "\"type\": \"quyet-dinh\"");
    int lastBrace = sample.lastIndexOf('}');
    int lines = (int) sample.substring(0, lastBrace).chars().filter(c -> c == '\n').count() + 1;
    return Stream.of(
        Arguments.of("truncated",
            utf8("{\"type\": \"quyet-dinh\""),
            v("$", "is not well-formed JSON at line 1, column 22: "
                + "Unexpected end-of-input: expected close marker for Object")),
        Arguments.of("truncated 813 sample, inside a string",
            utf8(sample.substring(0, sample.indexOf("BẢO HIỂM"))),
            v("$", "is not well-formed JSON at line " + lineOf(sample, "BẢO HIỂM") + ", column 14: "
                + "Unexpected end-of-input in VALUE_STRING")),
        Arguments.of("trailing comma",
            utf8("{\"type\": \"quyet-dinh\",}"),
            v("$", "is not well-formed JSON at line 1, column 23: Unexpected character ('}' "
                + "(code 125)): was expecting double-quote to start field name")),
        Arguments.of("trailing comma in the 813 sample",
            utf8(sample.substring(0, lastBrace).stripTrailing() + ",\n}\n"),
            v("$", "is not well-formed JSON at line " + lines + ", column 1: Unexpected "
                + "character ('}' (code 125)): was expecting double-quote to start field name")),
        Arguments.of("trailing comma in an array",
            utf8("{\"legalBases\": [\"Can cu\",]}"),
            v("$", "is not well-formed JSON at line 1, column 26: Unexpected character (']' "
                + "(code 93)): expected a value")),
        Arguments.of("duplicate key",
            utf8(sample.replace("\"type\": \"quyet-dinh\",",
                "\"type\": \"quyet-dinh\",\n  \"type\": \"chi-thi\",")),
            v("$", "is not well-formed JSON at line " + (typeLine + 1) + ", column 9: "
                + "Duplicate field 'type'")),
        Arguments.of("JSON array instead of object",
            utf8("[" + sample + "]"),
            v("$", "must be a JSON object")),
        Arguments.of("JSON string instead of object",
            utf8("\"Quyết định\""),
            v("$", "must be a JSON object")),
        Arguments.of("JSON null",
            utf8("null"),
            v("$", "must be a JSON object")),
        Arguments.of("empty input",
            new byte[0],
            v("$", "must be a JSON object")),
        Arguments.of("trailing tokens after the object",
            utf8("{} {}"),
            v("$", "is not well-formed JSON at line 1, column 4: Trailing token (of type "
                + "START_OBJECT) found after value (bound as `com.fasterxml.jackson.databind."
                + "JsonNode`): not allowed as per `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`")),
        Arguments.of("invalid UTF-8",
            new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '(', '"', '}'},
            v("$", "is not well-formed JSON at line 1, column 9: Invalid UTF-8 middle byte 0x28")),
        Arguments.of("escaped lone surrogate in subject",
            utf8(sample.replace("\"subject\": \"Về việc", "\"subject\": \"\\ud800Về việc")),
            v("subject", "contains the control character U+D800")),
        Arguments.of("nesting deeper than 64",
            utf8("{\"body\": " + "[".repeat(70) + "]".repeat(70) + "}"),
            v("$", "is not well-formed JSON: Document nesting depth (65) "
                + "exceeds the maximum allowed (64, from `StreamReadConstraints."
                + "getMaxNestingDepth()`)")));
  }

  private static int lineOf(String text, String needle) {
    int index = text.indexOf(needle);
    assertTrue(index >= 0, needle);
    return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badBytes")
  void badJsonIsRefusedWithExactlyThisViolation(String name, byte[] input, Violation expected) {
    List<Violation> found = violations(input);
    assertEquals(List.of(expected), found, name);
    found.forEach(v -> assertFalse(v.reason().contains("[Source:"), v.reason()));
  }

  @Test
  void inputOver16MegabytesIsRefusedBeforeParsing() {
    byte[] huge = new byte[DocumentReader.MAX_INPUT_BYTES + 1];
    Arrays.fill(huge, (byte) ' ');
    System.arraycopy(SAMPLE_BYTES, 0, huge, 0, SAMPLE_BYTES.length);
    InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
        () -> reader.read(new ByteArrayInputStream(huge)));
    assertEquals(List.of(v("$", "the input is larger than 16 MB")), e.violations());
  }

  @Test
  void endlessStreamIsRefusedAfter16Megabytes() {
    long[] served = {0};
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        served[0]++;
        return '[';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        Arrays.fill(b, off, off + len, (byte) '[');
        served[0] += len;
        return len;
      }
    };
    InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
        () -> reader.read(endless));
    assertEquals(List.of(v("$", "the input is larger than 16 MB")), e.violations());
    assertEquals(DocumentReader.MAX_INPUT_BYTES + 1L, served[0], "reads no more than it needs");
  }

  @Test
  void inputOfExactly16MegabytesIsRead() throws IOException {
    byte[] padded = new byte[DocumentReader.MAX_INPUT_BYTES];
    Arrays.fill(padded, (byte) ' ');
    System.arraycopy(SAMPLE_BYTES, 0, padded, 0, SAMPLE_BYTES.length);
    OfficialDocument document = reader.read(new ByteArrayInputStream(padded));
    assertEquals(813, document.number());
  }

  @Test
  void emptyKeyIsReportedWithANonBlankPath() {
    // {"": 1} at the root: the violation must still say where, or a client cannot show it.
    List<Violation> found = violations(bytes(mutated(d -> d.put("", 1))));
    assertEquals(1, found.size(), found.toString());
    assertEquals("is not a known field", found.get(0).reason());
    assertFalse(found.get(0).field().isBlank(),
        "the field path of an unknown empty key is blank: " + found);
  }

  @Test
  void numberTooLargeForAnIntSaysItIsOutOfRange() {
    // 10^12 is a whole number; the clerk must be told it is too large, not that it is not whole.
    assertEquals(List.of(v("number", "must be between 1 and 999999 (was 1000000000000)")),
        violations(bytes(mutated(d -> d.put("number", 1_000_000_000_000L)))));
  }

  @Test
  void eachViolationIsReportedOnce() {
    // An attachment body that is not an array is one mistake, reported once.
    assertEquals(List.of(v("attachments[0].body", "must be an array")),
        violations(bytes(mutated(d ->
            ((ObjectNode) d.get("attachments").get(0)).put("body", "Nội dung")))));
  }

  // ---------------------------------------------------------------------------------------------
  // What the reader makes of valid input
  // ---------------------------------------------------------------------------------------------

  @Test
  void sampleIsRead() {
    OfficialDocument d = reader.read(SAMPLE_BYTES);
    assertEquals(DocumentType.QUYET_DINH, d.type());
    assertEquals(813, d.number());
    assertEquals(LocalDate.of(2013, 7, 23), d.date());
    assertEquals("QĐ-BHXH", d.symbol());
    assertEquals(1, d.attachments().size());
  }

  @Test
  void decomposedTextComesOutNfc() {
    String decomposed = "Ha\u0300 Nô\u0323i";
    assertFalse(Normalizer.isNormalized(decomposed, Normalizer.Form.NFC));
    OfficialDocument d = read(doc -> {
      doc.put("place", decomposed);
      doc.put("subject", Normalizer.normalize("Về việc ban hành Kế hoạch", Normalizer.Form.NFD));
      ((ObjectNode) doc.get("signature")).put("name",
          Normalizer.normalize("Lê Bạch Hồng", Normalizer.Form.NFD));
      ((ArrayNode) doc.get("recipients")).set(0,
          Normalizer.normalize("Như Điều 2", Normalizer.Form.NFD));
      doc.set("body", array("[{\"kind\": \"paragraph\", \"text\": \""
          + Normalizer.normalize("Quyết định này có hiệu lực", Normalizer.Form.NFD) + "\"}]"));
    });
    assertEquals("H\u00E0 N\u1ED9i", d.place());
    assertEquals("Hà Nội", d.place());
    assertTrue(Normalizer.isNormalized(d.place(), Normalizer.Form.NFC));
    assertEquals("Về việc ban hành Kế hoạch", d.subject());
    assertEquals("Lê Bạch Hồng", d.signature().name());
    assertEquals("Như Điều 2", d.recipients().get(0));
    assertEquals(new Block.Paragraph("Quyết định này có hiệu lực"), d.body().get(0));
    assertEquals("Quyết định này có hiệu lực", ((Block.Paragraph) d.body().get(0)).text());
  }

  @Test
  void decomposedTextIsMeasuredAfterComposition() {
    // 300 composed characters written as 600 code units: within the limit once composed.
    String decomposed = "a\u0300".repeat(300);
    OfficialDocument d = read(doc -> doc.put("place", decomposed));
    assertEquals("à".repeat(300), d.place());
  }

  @Test
  void whitespaceIsCollapsed() {
    OfficialDocument d = read(doc -> {
      doc.put("subject", "  Về   việc\n\tban\u00A0hành \r\n Kế hoạch\u202F ");
      doc.put("place", "\u2007Hà   Nội\n");
      ((ArrayNode) doc.get("legalBases")).set(0, "Căn cứ  Nghị định\nsố 94/2008/NĐ-CP");
    });
    assertEquals("Về việc ban hành Kế hoạch", d.subject());
    assertEquals("Hà Nội", d.place());
    assertEquals("Căn cứ Nghị định số 94/2008/NĐ-CP", d.legalBases().get(0));
  }

  @Test
  void closingPunctuationIsStrippedFromLegalBasesAndRecipients() {
    OfficialDocument d = read(doc -> {
      doc.set("legalBases", array("[\"Căn cứ Luật A;\", \"Căn cứ Luật B.\", "
          + "\"Căn cứ Luật C ;\", \"Xét đề nghị của Trưởng Ban Hợp tác quốc tế,.\"]"));
      doc.set("recipients", array("[\"- Như Điều 2;\", \"-Văn phòng Chính phủ (để b/c);\", "
          + "\"- Website BHXH Việt Nam.\", \"Ban Cán sự đảng\"]"));
    });
    assertEquals(List.of("Căn cứ Luật A", "Căn cứ Luật B", "Căn cứ Luật C",
        "Xét đề nghị của Trưởng Ban Hợp tác quốc tế"), d.legalBases());
    assertEquals(List.of("Như Điều 2", "Văn phòng Chính phủ (để b/c)", "Website BHXH Việt Nam",
        "Ban Cán sự đảng"), d.recipients());
  }

  @Test
  void filingLineIsNormalised() {
    assertEquals("VT, HTQT", read(doc -> doc.put("filing", "Lưu: VT, HTQT.")).filing());
    assertEquals("VT, HTQT", read(doc -> doc.put("filing", "- Lưu: VT, HTQT;")).filing());
    assertEquals("VT, HTQT", read(doc -> doc.put("filing", "Lưu :  VT,  HTQT")).filing());
    assertEquals("VT", read(doc -> doc.put("filing", "VT")).filing());
  }

  @Test
  void symbolIsDerived() {
    assertEquals("QĐ-BHXH", read(doc -> { }).symbol());
    assertEquals("QĐ-BHXH-HTQT", read(doc -> doc.put("unit", "HTQT")).symbol());
    assertEquals("KH-BHXH", read(doc -> doc.put("type", "ke-hoach")).symbol());
    assertEquals("QyĐ-BHXH", read(doc -> doc.put("type", "quy-dinh")).symbol());
    OfficialDocument letter = read(doc -> {
      doc.put("type", "cong-van");
      doc.put("unit", "HTQT");
    });
    assertEquals(DocumentType.CONG_VAN, letter.type());
    assertEquals("BHXH-HTQT", letter.symbol());
    assertEquals("BHXH-VP", read(doc -> {
      doc.put("type", "cong-van");
      doc.put("symbol", "BHXH-VP");
    }).symbol());
  }

  @Test
  void draftWithoutNumberOrDateIsAccepted() {
    OfficialDocument draft = read(doc -> {
      doc.remove("number");
      doc.remove("date");
    });
    assertTrue(draft.isDraft());
    assertNull(draft.number());
    assertNull(draft.date());
    assertEquals("QĐ-BHXH", draft.symbol());

    OfficialDocument nullNumber = read(doc -> {
      doc.putNull("number");
      doc.putNull("date");
    });
    assertTrue(nullNumber.isDraft());

    OfficialDocument datedDraft = read(doc -> doc.remove("number"));
    assertTrue(datedDraft.isDraft());
    assertEquals(LocalDate.of(2013, 7, 23), datedDraft.date());
  }

  @Test
  void signatureVariantsAreAccepted() {
    Signature deputy = read(doc -> doc.set("signature", json("{\"authority\": \"KT.\", "
        + "\"principal\": \"TỔNG GIÁM ĐỐC\", \"title\": \"PHÓ TỔNG GIÁM ĐỐC\", "
        + "\"name\": \"Nguyễn Văn A\"}"))).signature();
    assertEquals(SigningAuthority.KT, deputy.authority());
    assertEquals("TỔNG GIÁM ĐỐC", deputy.principal());
    Signature acting = read(doc -> doc.set("signature", json("{\"authority\": \"Q\", "
        + "\"principal\": \"TỔNG GIÁM ĐỐC\", \"name\": \"Nguyễn Văn A\"}"))).signature();
    assertEquals(SigningAuthority.Q, acting.authority());
    assertNull(acting.title());
  }

  @Test
  void hostileHtmlIsLiteralText() {
    OfficialDocument d = read(doc -> {
      doc.put("subject", "<script>alert(1)</script>");
      doc.set("body", NODES.arrayNode().add(NODES.objectNode().put("kind", "paragraph")
          .put("text", "<img src=\"file:///etc/passwd\">")));
      ((ArrayNode) doc.get("recipients")).set(0, "<a href=\"http://example.com/x\">link</a>");
    });
    assertEquals("<script>alert(1)</script>", d.subject());
    assertEquals(List.of(new Block.Paragraph("<img src=\"file:///etc/passwd\">")), d.body());
    assertEquals("<a href=\"http://example.com/x\">link</a>", d.recipients().get(0));
  }

  // ---------------------------------------------------------------------------------------------
  // Random mutations
  // ---------------------------------------------------------------------------------------------

  private static final long SEED = 0x5EED_0030_2020L;
  private static final int MUTANTS = 500;
  private static final List<String> KINDS = List.of("part", "chapter", "section", "article",
      "clause", "point", "item", "bullet", "paragraph", "table", "heading");

  /**
   * 500 random mutations of the 813 decision each end in a document or in an {@link
   * InvalidDocumentException} whose violations name a field; nothing else escapes. All failures
   * are collected, so that one bug does not hide another.
   */
  @Test
  void randomMutationsEndInADocumentOrInViolations() {
    Random random = new Random(SEED);
    Map<String, String> failures = new LinkedHashMap<>();
    int parsed = 0;
    int refused = 0;
    for (int i = 0; i < MUTANTS; i++) {
      ObjectNode document = sample();
      List<String> applied = new ArrayList<>();
      int count = 1 + random.nextInt(3);
      for (int m = 0; m < count; m++) {
        applied.add(mutate(document, random));
      }
      byte[] input = bytes(document);
      if (random.nextInt(10) == 0) {
        input = corrupt(input, random);
        applied.add("corrupted bytes");
      }
      String label = "mutant " + i + " " + applied;
      try {
        OfficialDocument read = random.nextBoolean() ? reader.read(input)
            : reader.read(new ByteArrayInputStream(input));
        parsed++;
        checkNormalised(read).ifPresent(problem -> failures.putIfAbsent(problem, label));
      } catch (InvalidDocumentException e) {
        refused++;
        if (e.violations().isEmpty()) {
          failures.putIfAbsent("no violations", label);
        }
        if (e.violations().stream().distinct().count() < e.violations().size()) {
          failures.putIfAbsent("a violation listed twice: " + e.violations().stream()
              .filter(v -> e.violations().indexOf(v) != e.violations().lastIndexOf(v))
              .findFirst().orElseThrow().toString().replaceAll("\\[\\d+]", "[i]"), label);
        }
        for (Violation v : e.violations()) {
          if (v.field() == null || v.field().isBlank()) {
            failures.putIfAbsent("blank field path: " + v, label);
          }
          if (v.reason() == null || v.reason().isBlank()) {
            failures.putIfAbsent("blank reason: " + v, label);
          }
        }
      } catch (Throwable t) {
        failures.putIfAbsent(t.toString(), label);
      }
    }
    System.out.printf("random mutations: %d read, %d refused, %d kind(s) of failure%n", parsed,
        refused, failures.size());
    if (!failures.isEmpty()) {
      StringBuilder report = new StringBuilder(failures.size() + " kind(s) of failure:\n");
      failures.forEach((problem, first) ->
          report.append("  ").append(problem).append("  (first: ").append(first).append(")\n"));
      fail(report.toString());
    }
    assertTrue(parsed > 20, "too few mutants parse to exercise the success path: " + parsed);
    assertTrue(refused > 200, "too few mutants are refused: " + refused);
  }

  private static java.util.Optional<String> checkNormalised(OfficialDocument d) {
    List<String> texts = new ArrayList<>(List.of(d.subject(), d.place(), d.filing(), d.symbol(),
        d.issuer().name(), d.signature().name()));
    texts.addAll(d.legalBases());
    texts.addAll(d.recipients());
    for (String text : texts) {
      if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
        return java.util.Optional.of("text not NFC: " + text);
      }
      if (VietnameseText.firstForbiddenCodePoint(text) >= 0) {
        return java.util.Optional.of("forbidden character kept in: " + text);
      }
      if (!text.equals(text.strip()) || text.contains("  ")) {
        return java.util.Optional.of("whitespace not collapsed: '" + text + "'");
      }
    }
    return java.util.Optional.empty();
  }

  /** A place in the tree: a field of an object or an element of an array. */
  private record Slot(JsonNode parent, String field, int index, String path) {

    JsonNode value() {
      return parent.isObject() ? parent.get(field) : parent.get(index);
    }

    void set(JsonNode value) {
      if (parent.isObject()) {
        ((ObjectNode) parent).set(field, value);
      } else {
        ((ArrayNode) parent).set(index, value);
      }
    }

    void remove() {
      if (parent.isObject()) {
        ((ObjectNode) parent).remove(field);
      } else {
        ((ArrayNode) parent).remove(index);
      }
    }
  }

  private static List<Slot> slots(JsonNode node, String path) {
    List<Slot> slots = new ArrayList<>();
    if (node.isObject()) {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        String child = path + "." + name;
        slots.add(new Slot(node, name, -1, child));
        slots.addAll(slots(node.get(name), child));
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String child = path + "[" + i + "]";
        slots.add(new Slot(node, null, i, child));
        slots.addAll(slots(node.get(i), child));
      }
    }
    return slots;
  }

  private static String mutate(ObjectNode document, Random random) {
    List<Slot> slots = slots(document, "$");
    if (slots.isEmpty()) {
      document.set("subject", randomJson(random, 0));
      return "refill";
    }
    Slot slot = slots.get(random.nextInt(slots.size()));
    switch (random.nextInt(7)) {
      case 0 -> {
        slot.remove();
        return "delete " + slot.path();
      }
      case 1 -> {
        JsonNode replacement = randomJsonOfAnotherType(slot.value(), random);
        slot.set(replacement);
        return "retype " + slot.path();
      }
      case 2, 3 -> {
        List<Slot> texts = slots.stream().filter(s -> s.value().isTextual()).toList();
        Slot target = texts.isEmpty() ? slot : texts.get(random.nextInt(texts.size()));
        String value = target.value().isTextual() && random.nextBoolean()
            ? spliceInto(target.value().textValue(), randomUnicode(random, 1 + random.nextInt(8)),
                random)
            : randomUnicode(random, random.nextInt(4) == 0 ? random.nextInt(3000)
                : random.nextInt(40));
        target.set(NODES.textNode(value));
        return "unicode " + target.path();
      }
      case 4 -> {
        List<Slot> objects = slots.stream().filter(s -> s.value().isObject()).toList();
        ObjectNode target = objects.isEmpty() || random.nextInt(3) == 0 ? document
            : (ObjectNode) objects.get(random.nextInt(objects.size())).value();
        String key = random.nextInt(5) == 0 ? randomUnicode(random, random.nextInt(3))
            : "x" + random.nextInt(100);
        target.set(key, randomJson(random, 0));
        return "add field";
      }
      case 5 -> {
        List<Slot> kinds = slots.stream()
            .filter(s -> "kind".equals(s.field()) && s.value().isTextual()).toList();
        if (kinds.isEmpty()) {
          slot.remove();
          return "delete " + slot.path();
        }
        Slot target = kinds.get(random.nextInt(kinds.size()));
        target.set(NODES.textNode(KINDS.get(random.nextInt(KINDS.size()))));
        return "rekind " + target.path();
      }
      default -> {
        // Moves a subtree somewhere else, e.g. a bullet into the root body or a section into a
        // signature.
        List<Slot> containers = slots.stream()
            .filter(s -> s.value().isArray() || s.value().isObject()).toList();
        if (containers.isEmpty()) {
          slot.remove();
          return "delete " + slot.path();
        }
        JsonNode moved = slot.value().deepCopy();
        Slot to = containers.get(random.nextInt(containers.size()));
        if (to.value().isArray()) {
          ((ArrayNode) to.value()).insert(random.nextInt(to.value().size() + 1), moved);
        } else {
          ((ObjectNode) to.value()).set(slot.parent().isObject() ? slot.field() : "children",
              moved);
        }
        return "copy " + slot.path() + " to " + to.path();
      }
    }
  }

  private static JsonNode randomJsonOfAnotherType(JsonNode current, Random random) {
    for (int attempt = 0; attempt < 20; attempt++) {
      JsonNode candidate = randomJson(random, 0);
      if (candidate.getNodeType() != current.getNodeType()) {
        return candidate;
      }
    }
    return current.isNull() ? NODES.textNode("x") : NODES.nullNode();
  }

  private static JsonNode randomJson(Random random, int depth) {
    int choice = random.nextInt(depth >= 3 ? 9 : 11);
    return switch (choice) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.booleanNode(random.nextBoolean());
      case 2 -> NODES.numberNode(random.nextInt(2_000_001) - 1_000_000);
      case 3 -> NODES.numberNode(random.nextLong());
      case 4 -> NODES.numberNode(new BigInteger(200, random));
      case 5 -> NODES.numberNode(new BigDecimal(random.nextDouble() * 1000 - 500));
      case 6 -> NODES.numberNode(random.nextDouble() < 0.5 ? 1.0 : -0.0);
      case 7, 8 -> NODES.textNode(randomUnicode(random, random.nextInt(30)));
      case 9 -> {
        ArrayNode array = NODES.arrayNode();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
          array.add(randomJson(random, depth + 1));
        }
        yield array;
      }
      default -> {
        ObjectNode object = NODES.objectNode();
        int size = random.nextInt(4);
        for (int i = 0; i < size; i++) {
          String key = random.nextBoolean() ? KEYS.get(random.nextInt(KEYS.size()))
              : randomUnicode(random, 1 + random.nextInt(6));
          object.set(key, randomJson(random, depth + 1));
        }
        yield object;
      }
    };
  }

  /** Field names the reader knows, so that random objects sometimes look almost right. */
  private static final List<String> KEYS = List.of("kind", "text", "title", "children", "number",
      "header", "rows", "name", "abbreviation", "authority", "principal", "type", "subject",
      "issuedBy", "body", "target");

  /** Vietnamese letters, combining marks, controls, invisible and exotic characters. */
  private static final int[][] RANGES = {
      {'a', 'z'}, {'A', 'Z'}, {'0', '9'}, {' ', '/'},
      {0x00C0, 0x01B0}, {0x1EA0, 0x1EF9}, // Latin-1, Vietnamese precomposed
      {0x0300, 0x036F}, {0x0323, 0x0323}, {0x0309, 0x0309}, // combining marks
      {0x0000, 0x001F}, {0x007F, 0x009F}, // C0 and C1 controls
      {0x2000, 0x200F}, {0x2028, 0x202F}, {0xFEFF, 0xFEFF}, // spaces, bidi, ZWSP, BOM
      {0xFDD0, 0xFDEF}, {0xFFFE, 0xFFFF}, {0x1FFFE, 0x1FFFF}, // non-characters
      {0xD800, 0xDFFF}, // lone surrogates (escaped in JSON)
      {0x1F600, 0x1F64F}, {0x20000, 0x2A6DF}, // emoji, CJK extension B
      {'<', '>'}, {'"', '"'}, {'\\', '\\'}, {'&', '&'},
  };

  private static String randomUnicode(Random random, int length) {
    StringBuilder text = new StringBuilder(length * 2);
    for (int i = 0; i < length; i++) {
      int[] range = RANGES[random.nextInt(RANGES.length)];
      int codePoint = range[0] + random.nextInt(range[1] - range[0] + 1);
      if (codePoint >= 0xD800 && codePoint <= 0xDFFF) {
        text.append((char) codePoint);
      } else {
        text.appendCodePoint(codePoint);
      }
    }
    return text.toString();
  }

  private static String spliceInto(String text, String insert, Random random) {
    int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
    return text.substring(0, at) + insert + text.substring(at);
  }

  private static byte[] corrupt(byte[] input, Random random) {
    byte[] copy = input.clone();
    switch (random.nextInt(3)) {
      case 0 -> {
        return Arrays.copyOf(copy, random.nextInt(copy.length));
      }
      case 1 -> {
        for (int i = 0; i < 1 + random.nextInt(5); i++) {
          copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
      }
      default -> {
        int at = random.nextInt(copy.length);
        byte[] noise = new byte[1 + random.nextInt(8)];
        random.nextBytes(noise);
        byte[] out = new byte[copy.length + noise.length];
        System.arraycopy(copy, 0, out, 0, at);
        System.arraycopy(noise, 0, out, at, noise.length);
        System.arraycopy(copy, at, out, at + noise.length, copy.length - at);
        return out;
      }
    }
  }

  /** The generator's lone surrogates reach the reader: Jackson writes them as escapes. */
  @Test
  void loneSurrogatesAreWrittenAsEscapesAndRefused() {
    byte[] written = bytes(NODES.objectNode().put("s", "a\uD800b"));
    assertEquals("{\"s\":\"a\\uD800b\"}", text(written).replace("\\ud800", "\\uD800"));
    assertEquals(List.of(v("subject", "contains the control character U+DC00")),
        violations(bytes(mutated(d -> d.put("subject", "Về việc \uDC00")))));
  }
}
