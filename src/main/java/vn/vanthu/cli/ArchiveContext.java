package vn.vanthu.cli;

import java.nio.file.Path;
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
   * Brings the index up to date with the store, unless the running service holds it (it then
   * catches up by itself); returns whether this process did it.
   */
  static boolean reconcileIndex(ConfigurableApplicationContext context) {
    try {
      context.getBean(ArchiveSearch.class).reconcile();
      return true;
    } catch (BeansException e) {
      if (Errors.find(e, IndexInUse.class) == null) {
        throw e;
      }
      return false;
    }
  }

  /** Who a command acts as: the operating-system user. */
  static String actor() {
    return "cli:" + System.getProperty("user.name", "unknown");
  }
}
