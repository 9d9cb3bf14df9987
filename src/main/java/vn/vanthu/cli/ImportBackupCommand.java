package vn.vanthu.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.vanthu.archive.ArchiveBackup;

/** Restores a backup into an empty installation. */
@Command(name = "import-backup", description = "Restore a backup from DIR into an empty archive.")
final class ImportBackupCommand implements Callable<Integer> {

  @ParentCommand Cli parent;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "A directory written by export.")
  Path directory;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (ConfigurableApplicationContext context = ArchiveContext.start(parent)) {
      ArchiveBackup.Summary restored =
          context.getBean(ArchiveBackup.class).restore(directory, ArchiveContext.actor());
      out.println("restored " + restored.documents() + " documents and " + restored.files()
          + " files from " + directory);
      return 0;
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
      spec.commandLine().getErr().println("cannot restore: " + e.getMessage());
      return Cli.IO_ERROR;
    }
  }
}
