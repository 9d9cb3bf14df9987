package vn.vanthu.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the sample documents in {@code samples/} against {@code docs/document.schema.json} and
 * against {@link DocumentReader}, and checks that the schema and the reader agree on a set of
 * small valid and invalid variants.
 */
class SamplesTests {

  private static final String SCHEMA_ID = "https://vanthu.example/schema/document.schema.json";
  private static final Path BASE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
  private static final Path SAMPLES = BASE.resolve("samples");
  private static final Path SCHEMA_FILE = BASE.resolve("docs/document.schema.json");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonSchema schema;
  private static JsonSchema metaSchema;

  @BeforeAll
  static void loadSchema() {
    // The $id is never fetched: its prefix is mapped onto the docs folder.
    String docs = SCHEMA_FILE.getParent().toUri().toString();
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
        builder -> builder.schemaMappers(mappers ->
            mappers.mapPrefix("https://vanthu.example/schema/", docs)));
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    schema = factory.getSchema(SchemaLocation.of(SCHEMA_ID), config);
    // The 2020-12 meta-schema ships inside the validator's jar.
    metaSchema = factory.getSchema(
        SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"), config);
  }

  static Stream<Path> samples() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      List<Path> list = files.filter(p -> p.getFileName().toString().endsWith(".json"))
          .sorted().toList();
      assertFalse(list.isEmpty(), "no samples in " + SAMPLES);
      return list.stream();
    }
  }

  @Test
  void schemaIsAValid202012Schema() throws IOException {
    JsonNode node = MAPPER.readTree(SCHEMA_FILE.toFile());
    assertEquals(Set.of(), metaSchema.validate(node));
    assertEquals(SCHEMA_ID, node.get("$id").asText());
  }

  @Test
  void schemaListsEveryDocumentTypeCode() throws IOException {
    JsonNode node = MAPPER.readTree(SCHEMA_FILE.toFile());
    List<String> codes = Stream.of(DocumentType.values()).map(DocumentType::code).sorted().toList();
    List<String> listed = Stream.of(MAPPER.convertValue(
        node.at("/$defs/documentType/enum"), String[].class)).sorted().toList();
    assertEquals(codes, listed);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void sampleMatchesTheSchema(Path sample) throws IOException {
    JsonNode node = MAPPER.readTree(sample.toFile());
    Set<ValidationMessage> errors = schema.validate(node);
    assertEquals(Set.of(), errors, sample.getFileName() + " does not match the schema");
    assertEquals("../docs/document.schema.json", node.path("$schema").asText());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void sampleIsReadWithoutErrors(Path sample) throws IOException {
    byte[] bytes = Files.readAllBytes(sample);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), sample + " is not NFC");
    OfficialDocument document = new DocumentReader().read(bytes);
    // Bảo hiểm xã hội Việt Nam, or one of its provincial offices under it.
    assertTrue(document.issuer().name().toUpperCase(java.util.Locale.forLanguageTag("vi-VN"))
        .startsWith("BẢO HIỂM XÃ HỘI"), document.issuer().name());
    assertEquals("BHXH", document.issuer().abbreviation());
    assertFalse(document.body().isEmpty());
  }

  @Test
  void decision813() {
    OfficialDocument d = read("quyet-dinh-813-bhxh.json");
    assertEquals(DocumentType.QUYET_DINH, d.type());
    assertEquals(813, d.number());
    assertEquals("QĐ-BHXH", d.symbol());
    assertEquals(LocalDate.of(2013, 7, 23), d.date());
    assertEquals("Hà Nội", d.place());
    assertEquals("TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM", d.competence());
    assertEquals(4, d.legalBases().size());
    assertTrue(d.legalBases().get(3).startsWith("Xét đề nghị của Trưởng Ban Hợp tác quốc tế"));
    d.legalBases().forEach(line -> assertFalse(line.matches(".*[;,.]$"), line));
    assertEquals(2, d.body().size());
    d.body().forEach(block -> assertInstanceOf(Block.Article.class, block));
    assertNull(d.signature().authority());
    assertEquals("TỔNG GIÁM ĐỐC", d.signature().title());
    assertEquals("Lê Bạch Hồng", d.signature().name());
    assertEquals(List.of("Như Điều 2", "Văn phòng Chính phủ (để b/c)", "Hội đồng quản lý (để b/c)",
        "Ban Cán sự đảng", "TGĐ và các Phó TGĐ", "Website BHXH Việt Nam"), d.recipients());
    assertEquals("VT, HTQT", d.filing());

    assertEquals(1, d.attachments().size());
    AttachedDocument plan = d.attachments().get(0);
    assertEquals(DocumentType.KE_HOACH, plan.type());
    assertEquals("Ban hành kèm theo", plan.referenceLead());
    assertEquals("Tổng Giám đốc Bảo hiểm xã hội Việt Nam", plan.issuedBy());
    List<Block.Section> sections = plan.body().stream().map(Block.Section.class::cast).toList();
    assertEquals(List.of("MỤC TIÊU, YÊU CẦU", "NỘI DUNG KẾ HOẠCH", "TỔ CHỨC THỰC HIỆN",
        "KINH PHÍ THỰC HIỆN"), sections.stream().map(Block.Section::title).toList());
    // Numbered automatically, so the source's "VI." for the last one becomes IV.
    sections.forEach(section -> assertNull(section.number()));

    Block.Item goals = (Block.Item) sections.get(0).children().get(0);
    assertEquals("Mục tiêu", goals.title());
    assertEquals(List.of("Mục tiêu chung", "Mục tiêu cụ thể"),
        goals.children().stream().map(b -> ((Block.Item) b).title()).toList());

    Block.Item personnel = (Block.Item) sections.get(2).children().get(3);
    assertEquals("Ban Tổ chức cán bộ", personnel.title());
    assertInstanceOf(Block.Paragraph.class, personnel.children().get(0));

    List<Block> funding = sections.get(3).children();
    Block.Paragraph closing = (Block.Paragraph) funding.get(funding.size() - 1);
    assertTrue(closing.text().startsWith("Trên đây là Kế hoạch"));
    assertEquals(5, funding.stream().filter(Block.Bullet.class::isInstance).count());
  }

  @Test
  void draftDecision() {
    OfficialDocument d = read("quyet-dinh-draft.json");
    assertTrue(d.isDraft());
    assertNull(d.number());
    assertNull(d.date());
    assertEquals("QĐ-BHXH", d.symbol());
    // Closing punctuation, leading dashes and "Lưu:" are dropped; the renderer adds its own.
    assertEquals("Theo đề nghị của Vụ trưởng Vụ Hợp tác quốc tế", d.legalBases().get(2));
    assertEquals("Như Điều 4", d.recipients().get(0));
    assertEquals("VT, HTQT", d.filing());
    Block.Article second = (Block.Article) d.body().get(1);
    Block.Clause duties = (Block.Clause) second.children().get(0);
    assertEquals(7, duties.children().size(), "points a) to g), through đ)");
    duties.children().forEach(b -> assertInstanceOf(Block.Point.class, b));
    Block.Article third = (Block.Article) d.body().get(2);
    third.children().forEach(b -> assertInstanceOf(Block.Point.class, b));
  }

  @Test
  void otherSamples() {
    OfficialDocument report = read("bao-cao-ttdn-2013-2017.json");
    assertEquals(DocumentType.BAO_CAO, report.type());
    assertEquals("BC-BHXH", report.symbol());
    assertEquals(List.of("Bộ Lao động - Thương binh và Xã hội"), report.addressees());
    assertEquals(SigningAuthority.KT, report.signature().authority());
    assertEquals("TỔNG GIÁM ĐỐC", report.signature().principal());
    assertEquals("PHÓ TỔNG GIÁM ĐỐC", report.signature().title());

    OfficialDocument letter = read("cong-van-bao-cao-ttdn-2024.json");
    assertEquals(DocumentType.CONG_VAN, letter.type());
    assertEquals("BHXH-HTQT", letter.symbol());
    assertTrue(letter.subject().startsWith("V/v "));
    assertEquals("Như trên", letter.recipients().get(0));
    assertEquals(2, letter.addressees().size());

    OfficialDocument notice = read("thong-bao-ket-luan-hop-ttdn.json");
    assertEquals("TB-BHXH", notice.symbol());
    assertEquals(SigningAuthority.TL, notice.signature().authority());

    OfficialDocument submission = read("to-trinh-de-an-ttdn-2025-2030.json");
    assertEquals("TTr-BHXH", submission.symbol());
    assertEquals(List.of("Hội đồng quản lý Bảo hiểm xã hội Việt Nam"), submission.addressees());
    assertEquals(SigningAuthority.KT, submission.signature().authority());

    OfficialDocument secret = read("thong-bao-mat.json");
    assertEquals(Classification.MAT, secret.classification());
    assertEquals(Urgency.KHAN, secret.urgency());
    assertEquals(7, secret.number());
  }

  /** Small changes to a valid document that both the schema and the reader must accept. */
  static Stream<Arguments> acceptedVariants() {
    return Stream.of(
        variant("authority with its full stop", d -> signature(d).put("authority", "KT.")
            .put("principal", "TỔNG GIÁM ĐỐC")),
        variant("optional fields set to null", d -> d.putNull("urgency").putNull("competence")
            .putNull("attachments")),
        variant("a draft without number and date", d -> d.without(List.of("number", "date"))),
        variant("an explicit symbol", d -> d.put("symbol", "QĐ-BHXH-HTQT")),
        variant("a unit", d -> d.put("unit", "HTQT")),
        variant("a point directly in an article", d -> firstBlock(d).putArray("children")
            .addObject().put("kind", "point").put("text", "Điểm a.")),
        variant("a chapter holding articles", d -> {
          ArrayNode body = d.putArray("body");
          ObjectNode chapter = body.addObject().put("kind", "chapter").put("title", "Quy định chung");
          chapter.putArray("children").addObject().put("kind", "article").put("title", "Phạm vi");
        }),
        variant("a table without a header", d -> {
          ObjectNode table = d.putArray("body").addObject().put("kind", "table");
          table.putArray("rows").addArray().add("1").add("");
        }),
        variant("a công văn with a unit", d -> d.put("type", "cong-van").put("unit", "HTQT")));
  }

  /** Small changes to a valid document that both the schema and the reader must refuse. */
  static Stream<Arguments> refusedVariants() {
    return Stream.of(
        variant("an unknown field", d -> d.put("numero", 1)),
        variant("an unknown type code", d -> d.put("type", "CV")),
        variant("a type in capitals", d -> d.put("type", "QUYET_DINH")),
        variant("a number without a date", d -> d.remove("date")),
        variant("a number of zero", d -> d.put("number", 0)),
        variant("a date out of the calendar", d -> d.put("date", "2024-02-30")),
        variant("a date in another format", d -> d.put("date", "23/07/2013")),
        variant("a year before 1945", d -> d.put("date", "1944-12-31")),
        variant("a missing place", d -> d.remove("place")),
        variant("a blank subject", d -> d.put("subject", "   ")),
        variant("a subject over 1000 characters", d -> d.put("subject", "a".repeat(1001))),
        variant("a control character", d -> d.put("subject", "Về việc\u0007")),
        variant("an empty body", d -> d.putArray("body")),
        variant("a clause at the top of the body", d -> d.putArray("body").addObject()
            .put("kind", "clause").put("text", "Khoản.")),
        variant("a point in an item", d -> {
          ObjectNode item = d.putArray("body").addObject().put("kind", "item").put("title", "Mục");
          item.putArray("children").addObject().put("kind", "point").put("text", "Điểm.");
        }),
        variant("a part inside a section", d -> {
          ObjectNode s = d.putArray("body").addObject().put("kind", "section").put("title", "A");
          s.putArray("children").addObject().put("kind", "part").put("title", "B");
        }),
        variant("an unknown block kind", d -> d.putArray("body").addObject()
            .put("kind", "heading").put("text", "x")),
        variant("an article with nothing in it", d -> d.putArray("body").addObject()
            .put("kind", "article")),
        variant("a paragraph with children", d -> d.putArray("body").addObject()
            .put("kind", "paragraph").put("text", "x").putArray("children")),
        variant("a section without a title", d -> d.putArray("body").addObject()
            .put("kind", "section")),
        variant("a section number of 4000", d -> d.putArray("body").addObject()
            .put("kind", "section").put("title", "A").put("number", 4000)),
        variant("a table without rows", d -> d.putArray("body").addObject()
            .put("kind", "table").putArray("rows")),
        variant("an unknown classification", d -> d.put("classification", "MẬT")),
        variant("an unknown urgency", d -> d.put("urgency", "hoa toc")),
        variant("an unknown authority", d -> signature(d).put("authority", "TT")),
        variant("an authority without principal", d -> signature(d).put("authority", "KT")),
        variant("no authority and no title", d -> signature(d).remove("title")),
        variant("a signature without name", d -> signature(d).remove("name")),
        variant("an issuer abbreviation with a space", d -> ((ObjectNode) d.get("issuer"))
            .put("abbreviation", "BH XH")),
        variant("a symbol with spaces", d -> d.put("symbol", "QĐ - BHXH")),
        variant("a công văn without unit", d -> d.put("type", "cong-van")),
        variant("a unit with a dash", d -> d.put("unit", "HT-QT")),
        variant("a blank recipient", d -> d.putArray("recipients").add(" ")),
        variant("more than 200 căn cứ", d -> {
          ArrayNode bases = d.putArray("legalBases");
          for (int i = 0; i < 201; i++) {
            bases.add("Căn cứ " + i);
          }
        }),
        variant("an attached công văn", d -> attachment(d).put("type", "cong-van")),
        variant("an attachment without issuedBy", d -> attachment(d).remove("issuedBy")),
        variant("an attachment with a number", d -> attachment(d).put("number", 1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("acceptedVariants")
  void schemaAndReaderAccept(String name, ObjectNode document) throws IOException {
    assertEquals(Set.of(), schema.validate(document), "schema");
    new DocumentReader().read(MAPPER.writeValueAsBytes(document));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedVariants")
  void schemaAndReaderRefuse(String name, ObjectNode document) throws IOException {
    assertFalse(schema.validate(document).isEmpty(), "the schema accepted " + name);
    InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
        () -> new DocumentReader().read(MAPPER.writeValueAsBytes(document)));
    assertFalse(e.violations().isEmpty(), "the reader named no violation");
  }

  private static Arguments variant(String name, Consumer<ObjectNode> change) {
    ObjectNode document = minimal();
    change.accept(document);
    return Arguments.of(name, document);
  }

  /** A small valid decision. */
  private static ObjectNode minimal() {
    ObjectNode d = MAPPER.createObjectNode();
    d.putObject("issuer").put("name", "BẢO HIỂM XÃ HỘI VIỆT NAM").put("abbreviation", "BHXH");
    d.put("type", "quyet-dinh").put("number", 5).put("date", "2024-02-05").put("place", "Hà Nội")
        .put("subject", "Về việc thử");
    d.putArray("body").addObject().put("kind", "article").put("text", "Nội dung.");
    d.putObject("signature").put("title", "TỔNG GIÁM ĐỐC").put("name", "Nguyễn Văn A");
    d.put("filing", "VT, HTQT");
    ObjectNode plan = d.putArray("attachments").addObject();
    plan.put("type", "ke-hoach").put("subject", "Thử").put("issuedBy", "Tổng Giám đốc");
    plan.putArray("body").addObject().put("kind", "paragraph").put("text", "Nội dung.");
    return d;
  }

  private static ObjectNode signature(ObjectNode d) {
    return (ObjectNode) d.get("signature");
  }

  private static ObjectNode firstBlock(ObjectNode d) {
    return (ObjectNode) d.get("body").get(0);
  }

  private static ObjectNode attachment(ObjectNode d) {
    return (ObjectNode) d.get("attachments").get(0);
  }

  private static OfficialDocument read(String sample) {
    try {
      return new DocumentReader().read(Files.readAllBytes(SAMPLES.resolve(sample)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
