package vn.vanthu.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many clerks issuing at once never share a number and never skip one: every series holds exactly
 * 1…N. On the embedded database (16 threads, one instance) and on PostgreSQL (16 threads; and two
 * instances with their own connection pools sharing one database).
 */
class RegisterConcurrencyTests {

  static final int DOCUMENTS = 8_000;
  static final int THREADS = 16;

  @TempDir Path dataDir;

  /** 8,000 documents from 16 threads on the embedded H2: each series is exactly 1…N. */
  @Test
  void sixteenThreadsOnTheEmbeddedDatabaseGetEveryNumberOnce() throws Exception {
    try (ConfigurableApplicationContext context = ArchiveTestContext.embedded(dataDir)) {
      issueConcurrently(List.of(context), DOCUMENTS, THREADS);
      assertEverySeriesIsContiguous(context, DOCUMENTS);
    }
  }

  /** 8,000 documents from 16 threads on PostgreSQL: each series is exactly 1…N. */
  @Test
  void sixteenThreadsOnPostgresGetEveryNumberOnce() throws Exception {
    ArchiveTestContext.requirePostgres();
    String schema = ArchiveTestContext.freshSchema();
    try (ConfigurableApplicationContext context =
        ArchiveTestContext.postgres(dataDir, schema, "--vanthu.orphan-grace=PT15M")) {
      issueConcurrently(List.of(context), DOCUMENTS, THREADS);
      assertEverySeriesIsContiguous(context, DOCUMENTS);
    }
  }

  /** Two service instances, each with its own pool, sharing one PostgreSQL: no number twice. */
  @Test
  void twoInstancesSharingPostgresGetEveryNumberOnce() throws Exception {
    ArchiveTestContext.requirePostgres();
    String schema = ArchiveTestContext.freshSchema();
    try (ConfigurableApplicationContext first =
            ArchiveTestContext.postgres(dataDir, schema, "--vanthu.orphan-grace=PT15M");
        ConfigurableApplicationContext second =
            ArchiveTestContext.postgres(dataDir, schema, "--vanthu.orphan-grace=PT15M",
                "--vanthu.index-dir=" + dataDir.resolve("index-2"))) {
      assertThat(first.getBean(DocumentIssuing.class))
          .isNotSameAs(second.getBean(DocumentIssuing.class));
      issueConcurrently(List.of(first, second), 2_000, THREADS);
      assertEverySeriesIsContiguous(first, 2_000);
    }
  }

  /**
   * Issues {@code count} drafts from {@code threads} threads spread over the given instances;
   * every tenth is secret, so it goes to the secret series.
   */
  private static void issueConcurrently(List<ConfigurableApplicationContext> instances, int count,
      int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<ArchivedDocument>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        DocumentIssuing issuing = instances.get(i % instances.size()).getBean(DocumentIssuing.class);
        byte[] draft = Drafts.congVan("số " + i, i % 10 == 0 ? "mat" : null);
        futures.add(pool.submit(() -> issuing.issue(draft, "test:clerk")));
      }
      for (Future<ArchivedDocument> future : futures) {
        assertThat(future.get().state()).isEqualTo(DocumentState.STORED);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void assertEverySeriesIsContiguous(ConfigurableApplicationContext context,
      int count) {
    JdbcClient jdbc = context.getBean(JdbcClient.class);
    Map<String, List<Integer>> numbers = jdbc.sql("""
            select series, number from document where origin = 'ISSUED' order by series, number""")
        .query((rs, row) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
        .collect(Collectors.groupingBy(Map.Entry::getKey,
            Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    assertThat(numbers.keySet()).containsExactlyInAnyOrder("chung", "mat-chung");
    assertThat(numbers.values().stream().mapToInt(List::size).sum()).isEqualTo(count);
    numbers.forEach((series, list) -> assertThat(list)
        .as("series %s", series)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, list.size()).boxed().toList()));
    assertThat(numbers.get("mat-chung")).hasSize(count / 10);
    assertThat(context.getBean(ArchiveVerification.class).verify().problems()).isEmpty();
  }
}
