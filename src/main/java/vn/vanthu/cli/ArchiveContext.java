package vn.vanthu.cli;

import java.nio.file.Path;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

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

  /** Who a command acts as: the operating-system user. */
  static String actor() {
    return "cli:" + System.getProperty("user.name", "unknown");
  }
}
