package vn.vanthu.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import vn.vanthu.archive.ArchiveImport.JsonLine;
import vn.vanthu.archive.store.ContentStore;

/** JSONL lines imported in batches: one result per line, in order, and every good line stored. */
class BulkImportTests {

  @TempDir static Path dataDir;
  static ConfigurableApplicationContext context;
  static ArchiveImport imports;
  static ArchiveSearch search;

  @BeforeAll
  static void start() {
    context = ArchiveTestContext.embedded(dataDir);
    imports = context.getBean(ArchiveImport.class);
    search = context.getBean(ArchiveSearch.class);
  }

  @AfterAll
  static void stop() {
    context.close();
  }

  /** A batch with good, malformed, repeated and already archived lines reports each in place. */
  @Test
  void everyLineGetsItsOwnOutcomeInOrder() {
    imports.importJsonLine(line("kept-1", "Công văn về bảo hiểm y tế hộ gia đình."), "a:1", "test");
    List<JsonLine> batch = List.of(
        new JsonLine(line("new-1", "Quyết định về bảo hiểm thất nghiệp năm 2024."), "b:1"),
        new JsonLine("{\"id\": \"broken\", \"text\": ", "b:2"),
        new JsonLine(line("kept-1", "Một văn bản khác cùng mã."), "b:3"),
        new JsonLine(line("new-2", "Thông báo lịch tiếp công dân."), "b:4"),
        new JsonLine(line("new-2", "Dòng lặp lại mã new-2."), "b:5"),
        new JsonLine("{\"id\": \"no-text\"}", "b:6"),
        new JsonLine("""
            {"id":"bad-date","text":"Báo cáo tháng.","date":"2024-02-30"}""", "b:7"));

    List<ImportResult> results = imports.importJsonLines(batch, "test");

    assertThat(results).extracting(r -> r.source() + " " + r.status())
        .containsExactly("b:1 IMPORTED", "b:2 UNREADABLE", "b:3 DUPLICATE", "b:4 IMPORTED",
            "b:5 DUPLICATE", "b:6 UNREADABLE", "b:7 UNREADABLE");
    assertThat(results.get(0).documentId()).isEqualTo("new-1");
    assertThat(results.get(2).reason()).isEqualTo("the id kept-1 is already in the archive");
    assertThat(results.get(4).reason()).isEqualTo("the id new-2 is already in the archive");
    assertThat(results.get(5).reason()).isEqualTo("a line needs a string \"text\" and an \"id\"");
    assertThat(results.get(6).reason()).startsWith("date: ");
  }

  /** A batch of a thousand lines is stored whole, with its files, and found by search. */
  @Test
  void largeBatchIsStoredAndIndexed() {
    List<JsonLine> batch = IntStream.range(0, 1000).mapToObj(i -> new JsonLine(
        line("bulk-" + i, "Kế hoạch số " + i + " về thông tin đối ngoại của ngành."), "c:" + i))
        .toList();

    List<ImportResult> results = imports.importJsonLines(batch, "test");
    List<String> ids = new ArrayList<>();
    results.forEach(r -> ids.add(r.documentId()));
    search.addAll(ids);
    search.commit();

    assertThat(results).allSatisfy(r -> assertThat(r.status()).isEqualTo(ImportResult.Status.IMPORTED));
    ContentStore files = context.getBean(ContentStore.class);
    DocumentRepository documents = context.getBean(DocumentRepository.class);
    ArchivedDocument last = documents.findByExternalId("bulk-999").orElseThrow();
    assertThat(files.isIntact(last.originalSha256())).isTrue();
    assertThat(new String(files.read(last.textSha256()), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("Kế hoạch số 999 về thông tin đối ngoại của ngành.");
    assertThat(search.search(SearchQuery.of("\"kế hoạch số 999\""), null).hits())
        .extracting(SearchResults.Hit::id).containsExactly("bulk-999");
  }

  private static String line(String id, String text) {
    return "{\"id\":\"" + id + "\",\"text\":\"" + text + "\"}";
  }

}
