package vn.vanthu.archive;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.vanthu.Application;

/** Starts the archive services (no web server) on a temporary data directory, H2 or PostgreSQL. */
final class ArchiveTestContext {

  static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";

  private ArchiveTestContext() {}

  /** The embedded default: H2 under {@code dataDir}. */
  static ConfigurableApplicationContext embedded(Path dataDir, String... extra) {
    return start(dataDir, extra);
  }

  /**
   * PostgreSQL at 127.0.0.1:5432, database {@code test}, in a schema of its own. Skips the test
   * where no server runs, except in CI, where the server is required.
   */
  static ConfigurableApplicationContext postgres(Path dataDir, String schema, String... extra) {
    List<String> args = new ArrayList<>(List.of(
        "--spring.datasource.url=" + POSTGRES_URL + "?currentSchema=" + schema,
        "--spring.datasource.username=postgres", "--spring.datasource.password=",
        "--spring.flyway.schemas=" + schema, "--spring.datasource.hikari.maximum-pool-size=10"));
    args.addAll(List.of(extra));
    return start(dataDir, args.toArray(String[]::new));
  }

  /** A fresh schema name, so that runs never see each other's data. */
  static String freshSchema() {
    return "vanthu_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
        .toLowerCase(Locale.ROOT);
  }

  /** Skips (or, in CI, fails) when PostgreSQL is not reachable. */
  static void requirePostgres() {
    try (Connection c = DriverManager.getConnection(POSTGRES_URL, "postgres", "")) {
      c.isValid(2);
    } catch (Exception e) {
      String why = "PostgreSQL is not reachable at 127.0.0.1:5432 (database test): "
          + e.getMessage() + ". These tests need it; .ci/run starts one.";
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError(why, e);
      }
      Assumptions.abort("skipped: " + why);
    }
  }

  private static ConfigurableApplicationContext start(Path dataDir, String... extra) {
    List<String> args = new ArrayList<>(List.of("--vanthu.data-dir=" + dataDir.toAbsolutePath(),
        "--logging.level.root=WARN", "--spring.main.banner-mode=off"));
    args.addAll(List.of(extra));
    return new SpringApplicationBuilder(Application.class)
        .web(WebApplicationType.NONE)
        .logStartupInfo(false)
        .run(args.toArray(String[]::new));
  }
}
