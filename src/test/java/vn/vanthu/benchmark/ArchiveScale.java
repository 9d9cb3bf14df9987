package vn.vanthu.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.vanthu.Application;
import vn.vanthu.archive.ArchiveImport;
import vn.vanthu.archive.ArchiveImport.JsonLine;
import vn.vanthu.archive.ArchiveSearch;
import vn.vanthu.archive.ImportResult;
import vn.vanthu.archive.SearchQuery;
import vn.vanthu.archive.SearchResults;

/**
 * The archive at scale: builds N documents from the corpus's real texts (each a corpus text with
 * its own id, number, issuer, type and date, and a sentence of its own so that no two are alike),
 * imports them through the bulk JSONL path that {@code vanthu import} uses (batches of 500, indexed
 * as they go), and then times searches with facets and snippets: the ALQAC questions with and
 * without diacritics, numbers, and filtered queries.
 *
 * <pre>
 * ArchiveScale --documents 100000 --data-dir target/scale-100k [--corpus ../shared/corpus]
 * ArchiveScale --queries-only --data-dir target/scale-100k     # time the queries on a built archive
 * ArchiveScale --documents 1000000 --queries-at 100000 ...   # and on the first 100,000 on the way
 * ArchiveScale ... --spring --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test
 * </pre>
 *
 * Prints {@code RESULT key value} lines: import documents/s per tenth and overall, the old
 * generation's size after each collection during the import (flat memory), the sizes of the
 * database, the files and the index, and query p50/p99.
 */
public final class ArchiveScale {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] ISSUERS = {"Bảo hiểm xã hội Việt Nam", "Bảo hiểm xã hội tỉnh Bắc Ninh",
      "Ủy ban nhân dân tỉnh Bình Dương", "Bộ Lao động - Thương binh và Xã hội", "Thủ tướng Chính phủ",
      "Bộ Tài chính", "Ủy ban nhân dân thành phố Hà Nội", "Bộ Y tế"};
  private static final String[][] TYPES = {{"Quyết định", "QĐ"}, {"Công văn", ""},
      {"Kế hoạch", "KH"}, {"Báo cáo", "BC"}, {"Thông báo", "TB"}, {"Tờ trình", "TTr"}};
  private static final String[] SYMBOLS = {"BHXH", "BHXH", "UBND", "BLĐTBXH", "TTg", "BTC",
      "UBND", "BYT"};

  private ArchiveScale() {}

  public static void main(String[] args) throws Exception {
    int documents = 100_000;
    Path dataDir = Path.of("target/scale");
    Path corpus = Path.of("../shared/corpus");
    boolean queriesOnly = false;
    int queriesAt = 0;
    List<String> springArgs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--documents" -> documents = Integer.parseInt(args[++i]);
        case "--data-dir" -> dataDir = Path.of(args[++i]);
        case "--corpus" -> corpus = Path.of(args[++i]);
        case "--queries-only" -> queriesOnly = true;
        case "--queries-at" -> queriesAt = Integer.parseInt(args[++i]);
        case "--spring" -> springArgs.add(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<String> run = new ArrayList<>(List.of("--vanthu.data-dir=" + dataDir.toAbsolutePath(),
        "--logging.level.root=WARN", "--vanthu.load-samples=false"));
    run.addAll(springArgs);
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
        .web(WebApplicationType.NONE).logStartupInfo(false).run(run.toArray(String[]::new))) {
      ArchiveImport imports = context.getBean(ArchiveImport.class);
      ArchiveSearch search = context.getBean(ArchiveSearch.class);
      search.rebuildIfNeeded();
      if (queriesOnly) {
        System.out.printf(Locale.ROOT, "RESULT index_size %d%n", search.size());
      } else {
        Path queryCorpus = corpus;
        int checkpoint = queriesAt;
        importAll(imports, search, texts(corpus), documents, dataDir, imported -> {
          if (imported == checkpoint) {
            search.commit();
            System.out.printf(Locale.ROOT, "RESULT queries_at %d%n", imported);
            queries(search, queryCorpus);
          }
        });
      }
      System.out.printf(Locale.ROOT, "RESULT queries_at %d%n", search.size());
      queries(search, corpus);
    }
  }

  /** Imports; {@code checkpoint} is called after each batch, its time left out of the figures. */
  private static void importAll(ArchiveImport imports, ArchiveSearch search, List<String> texts,
      int documents, Path dataDir, Checkpoint checkpoint) throws IOException {
    Random random = new Random(813);
    long start = System.nanoTime();
    long tenthStart = start;
    int tenth = Math.max(1, documents / 10);
    int nextReport = tenth;
    int reported = 0;
    List<JsonLine> batch = new ArrayList<>(500);
    for (int i = 0; i < documents; i++) {
      batch.add(new JsonLine(line(i, texts.get(i % texts.size()), random), "scale:" + i));
      if (batch.size() == 500 || i == documents - 1) {
        List<String> ids = new ArrayList<>();
        for (ImportResult result : imports.importJsonLines(batch, "scale")) {
          if (result.status() == ImportResult.Status.IMPORTED) {
            ids.add(result.documentId());
          }
        }
        search.addAll(ids);
        batch.clear();
      }
      // Reported at batch ends, so that each figure covers whole batches.
      if (batch.isEmpty() && i + 1 >= nextReport) {
        long now = System.nanoTime();
        System.out.printf(Locale.ROOT, "RESULT import_docs_per_s_at_%d %.1f%n", i + 1,
            (i + 1 - reported) / ((now - tenthStart) / 1e9));
        System.out.printf(Locale.ROOT, "RESULT old_gen_after_gc_mb_at_%d %.0f%n", i + 1,
            oldGenerationAfterGc() / 1e6);
        for (String part : List.of("db", "files", "index")) {
          System.out.printf(Locale.ROOT, "RESULT %s_mb_at_%d %.0f%n", part, i + 1,
              bytesUnder(dataDir.resolve(part)) / 1e6);
        }
        tenthStart = now;
        reported = i + 1;
        nextReport += tenth;
      }
      if (batch.isEmpty()) {
        long before = System.nanoTime();
        checkpoint.reached(i + 1);
        long spent = System.nanoTime() - before;
        start += spent;
        tenthStart += spent;
      }
    }
    search.commit();
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "RESULT import_docs %d%nRESULT import_seconds %.1f%n"
        + "RESULT import_docs_per_s %.1f%nRESULT index_size %d%n", documents, seconds,
        documents / seconds, search.size());
  }

  /** The bytes of the files under a directory of the data directory (0 if there is none). */
  private static long bytesUnder(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return 0;
    }
    try (var paths = Files.walk(directory)) {
      return paths.filter(Files::isRegularFile).mapToLong(path -> {
        try {
          return Files.size(path);
        } catch (IOException gone) {
          return 0; // removed while walking (a merged index segment)
        }
      }).sum();
    }
  }

  private interface Checkpoint {
    void reached(int imported) throws IOException;
  }

  private static void queries(ArchiveSearch search, Path corpus) throws IOException {
    List<String> accented = new ArrayList<>();
    for (String row : Files.readAllLines(corpus.resolve("queries/alqac_queries.jsonl"))) {
      accented.add(JSON.readTree(row).get("query").asText());
    }
    List<String> stripped = accented.stream().map(ArchiveScale::strip).toList();
    List<String> other = List.of("813/QĐ-BHXH", "125/QD-BHXH", "17 kh bhxh",
        "bảo hiểm xã hội type:quyet-dinh", "thông tin đối ngoại year:2020",
        "BHXH date:2019-01-01..2019-12-31", "\"bảo hiểm y tế\" -thất", "quyet dinh thu tuong");
    for (String query : accented.subList(0, Math.min(50, accented.size()))) {
      search.search(SearchQuery.of(query), null); // warm-up
    }
    time("accented", accented, search);
    time("stripped", stripped, search);
    time("numbers_filters", other, search);
  }

  private static void time(String name, List<String> queries, ArchiveSearch search) {
    long[] nanos = new long[queries.size()];
    long hits = 0;
    for (int i = 0; i < queries.size(); i++) {
      long start = System.nanoTime();
      SearchResults results = search.search(SearchQuery.of(queries.get(i)), null);
      nanos[i] = System.nanoTime() - start;
      hits += results.total();
    }
    Arrays.sort(nanos);
    System.out.printf(Locale.ROOT, "RESULT query_%s_n %d%nRESULT query_%s_p50_ms %.1f%n"
        + "RESULT query_%s_p99_ms %.1f%nRESULT query_%s_mean_hits %.0f%n", name, nanos.length,
        name, nanos[nanos.length / 2] / 1e6, name, nanos[(int) (nanos.length * 0.99)] / 1e6, name,
        (double) hits / nanos.length);
  }

  /** The corpus's texts: ALQAC articles, tvpl documents and Công báo texts (cut at 20,000 chars). */
  private static List<String> texts(Path corpus) throws IOException {
    List<String> texts = new ArrayList<>();
    for (String file : List.of("corpus/alqac_law_articles.jsonl",
        "corpus/tvpl_docs_with_metadata.jsonl", "corpus/tvpl_docs_text_only.jsonl",
        "corpus/congbao_docs.jsonl")) {
      for (String row : Files.readAllLines(corpus.resolve(file), StandardCharsets.UTF_8)) {
        String text = JSON.readTree(row).path("text").asText();
        if (!text.isBlank()) {
          texts.add(text.length() > 20_000 ? text.substring(0, 20_000) : text);
        }
      }
    }
    return texts;
  }

  private static String line(int i, String text, Random random) {
    int issuer = random.nextInt(ISSUERS.length);
    String[] type = TYPES[random.nextInt(TYPES.length)];
    LocalDate date = LocalDate.of(2010 + random.nextInt(16), 1, 1).plusDays(random.nextInt(365));
    int number = 1 + random.nextInt(3000);
    ObjectNode node = JSON.createObjectNode();
    node.put("id", "scale-" + i);
    node.put("number", number + "/" + (type[1].isEmpty() ? "" : type[1] + "-") + SYMBOLS[issuer]);
    node.put("type", type[0]);
    node.put("date", date.toString());
    node.put("issuer", ISSUERS[issuer]);
    node.put("text", text + "\nBản số " + i + " lưu tại văn thư.");
    return node.toString();
  }

  private static String strip(String text) {
    return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D');
  }

  private static long oldGenerationAfterGc() {
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getName().contains("Old")
          && pool.getCollectionUsage() != null) {
        used += pool.getCollectionUsage().getUsed();
      }
    }
    return used;
  }
}
