package vn.vanthu.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import vn.vanthu.document.Classification;
import vn.vanthu.document.DocumentReader;

/** Search over the sample archive: exact hit lists, facets, snippets, secrecy, numbers. */
class ArchiveSearchTests {

  /**
   * A decision of the Thủ tướng and a Nghị định of the Chính phủ whose body says "Thủ tướng" and
   * "quyết định" more often than the decision does.
   */
  private static final List<String> GOVERNMENT_DOCUMENTS = List.of("""
      {"id":"qd-ttg-08-2022","number":"08/2022/QĐ-TTg","type":"Quyết định","date":"2022-03-28",
       "issuer":"Thủ tướng Chính phủ","title":"Quy định về việc thực hiện chính sách hỗ trợ tiền \
      thuê nhà cho người lao động","text":"QUYẾT ĐỊNH Quy định về việc thực hiện chính sách hỗ \
      trợ tiền thuê nhà cho người lao động. Theo đề nghị của Bộ trưởng Bộ Lao động, Thủ tướng \
      Chính phủ ban hành Quyết định này."}""".replace("\n", " "), """
      {"id":"nd-cp-145-2026","number":"145/2026/NĐ-CP","type":"Nghị định","date":"2026-05-05",
       "issuer":"Chính phủ","title":"Quy định cơ chế quản lý tài chính","text":"NGHỊ ĐỊNH Quy \
      định cơ chế quản lý tài chính. Thủ tướng Chính phủ quyết định thành lập; Thủ tướng Chính \
      phủ quyết định giao nhiệm vụ; Thủ tướng Chính phủ quyết định phê duyệt; Thủ tướng Chính \
      phủ quyết định điều chỉnh."}""".replace("\n", " "));

  @TempDir static Path dataDir;
  static ConfigurableApplicationContext context;
  static ArchiveSearch search;

  @BeforeAll
  static void archiveTheSamples() throws Exception {
    context = ArchiveTestContext.embedded(dataDir);
    DocumentIssuing issuing = context.getBean(DocumentIssuing.class);
    try (var samples = Files.list(Path.of("samples"))) {
      for (Path sample : samples.filter(p -> p.getFileName().toString().matches(
          "(quyet-dinh|bao-cao|cong-van|thong-bao|to-trinh).*\\.json")).sorted().toList()) {
        byte[] json = Files.readAllBytes(sample);
        if (new DocumentReader().read(json).isDraft()) {
          issuing.issue(json, "test");
        } else {
          issuing.archiveNumbered(json, "test");
        }
      }
    }
    ArchiveImport imports = context.getBean(ArchiveImport.class);
    for (String line : GOVERNMENT_DOCUMENTS) {
      assertThat(imports.importJsonLine(line, "test.jsonl", "test").status())
          .isEqualTo(ImportResult.Status.IMPORTED);
    }
    search = context.getBean(ArchiveSearch.class);
    search.reconcile();
    search.refresh();
  }

  @AfterAll
  static void stop() {
    context.close();
  }

  /** Without diacritics, the plan and its decision come first. */
  @Test
  void unaccentedQueryFindsThePlanFirst() {
    SearchResults results = search.search(SearchQuery.of("ke hoach thong tin doi ngoai"), null);
    assertThat(results.hits()).extracting(SearchResults.Hit::title).first()
        .isEqualTo("Thông tin đối ngoại của Bảo hiểm xã hội Việt Nam giai đoạn 2013 - 2020");
    assertThat(results.hits().get(0).snippet()).contains("<mark>");
  }

  /** The three spellings of a number find the decision. */
  @Test
  void numberInAnySpellingFindsTheDecision() {
    for (String query : List.of("813/QĐ-BHXH", "813/QD-BHXH", "813 qd bhxh", "number:813/QĐ-BHXH")) {
      assertThat(search.search(SearchQuery.of(query), null).hits())
          .as(query).extracting(SearchResults.Hit::number).first().isEqualTo("813/QĐ-BHXH");
    }
  }

  /** A word only the secret document has finds nothing, counts nothing, without clearance. */
  @Test
  void secretDocumentIsInvisibleWithoutClearance() {
    String word = "\"bảo vệ bí mật nhà nước năm 2024\"";
    SearchResults anonymous = search.search(SearchQuery.of(word), null);
    assertThat(anonymous.total()).isZero();
    assertThat(anonymous.facets().values()).allSatisfy(counts -> assertThat(counts).isEmpty());
    SearchResults cleared = search.search(SearchQuery.of(word), Classification.MAT);
    assertThat(cleared.hits()).extracting(SearchResults.Hit::number).containsExactly("07/TB-BHXH");
    assertThat(cleared.facets().get("Độ mật")).extracting(SearchResults.FacetCount::value)
        .containsExactly("mat");
  }

  /** Facets count the whole hit set by type. */
  @Test
  void facetsCountTheHitSet() {
    SearchResults all = search.search(SearchQuery.of("bảo hiểm xã hội"), Classification.TUYET_MAT);
    assertThat(all.total()).isEqualTo(8);
    assertThat(all.facets().get("Loại văn bản"))
        .extracting(c -> c.value() + "=" + c.count())
        .containsExactlyInAnyOrder("Quyết định=2", "Kế hoạch=1", "Báo cáo=1", "Công văn=1",
            "Thông báo=2", "Tờ trình=1");
  }

  /** Filters by type and year narrow the hits. */
  @Test
  void fieldFiltersNarrowTheHits() {
    assertThat(search.search(SearchQuery.of("type:quyet-dinh year:2013"), null).hits())
        .extracting(SearchResults.Hit::number).containsExactly("813/QĐ-BHXH");
    assertThat(search.search(SearchQuery.of("type:\"Kế hoạch\""), null).total()).isEqualTo(1);
  }

  /**
   * Words naming a type and an issuer rank the documents whose heading and issuer say them: the
   * Thủ tướng's decision, then the decisions whose căn cứ cite the Thủ tướng, then the Nghị định.
   */
  @Test
  void typeAndIssuerWordsRankTheirDocumentsFirst() {
    assertThat(search.search(SearchQuery.of("quyet dinh thu tuong"), null).hits())
        .extracting(SearchResults.Hit::number)
        .containsExactly("08/2022/QĐ-TTg", "813/QĐ-BHXH", "01/QĐ-BHXH", "145/2026/NĐ-CP",
            "1520/BC-BHXH");
  }

  /** The plan is more like the decision that issued it than like the others. */
  @Test
  void moreLikeThisFindsRelatedDocuments() {
    String decision = search.search(SearchQuery.of("813/QĐ-BHXH"), null).hits().get(0).id();
    SearchResults similar = search.similar(decision, null, 5);
    assertThat(similar.hits()).isNotEmpty();
    assertThat(similar.hits()).extracting(SearchResults.Hit::id).doesNotContain(decision);
  }
}
