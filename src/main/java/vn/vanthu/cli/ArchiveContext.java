package vn.vanthu.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeansException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.vanthu.archive.ArchiveSearch;
import vn.vanthu.archive.index.IndexInUse;

/** Starts the services (database, store, recovery) without the web server, for archive commands. */
final class ArchiveContext {

  private ArchiveContext() {}

  static ConfigurableApplicationContext start(Cli cli) {
    Path dataDir = cli.dataDirectory().toAbsolutePath();
    return new SpringApplicationBuilder(cli.application())
        .web(WebApplicationType.NONE)
        .logStartupInfo(false)
        .properties("logging.level.root=WARN", "logging.level.vn.vanthu=INFO")
        .run("--vanthu.data-dir=" + dataDir);
  }

  /**
   * The index, brought up to date if its schema changed, or null when the running service holds
   * it (the service then indexes what this process stores).
   */
  static @Nullable ArchiveSearch indexIfFree(ConfigurableApplicationContext context) {
    try {
      ArchiveSearch search = context.getBean(ArchiveSearch.class);
      search.rebuildIfNeeded();
      return search;
    } catch (BeansException e) {
      if (Errors.find(e, IndexInUse.class) == null) {
        throw e;
      }
      return null;
    }
  }

  /** Who a command acts as: the operating-system user. */
  static String actor() {
    return "cli:" + System.getProperty("user.name", "unknown");
  }
}
