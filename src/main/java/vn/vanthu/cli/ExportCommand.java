package vn.vanthu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.vanthu.archive.ArchiveBackup;

/** Writes a complete, self-describing backup. */
@Command(name = "export", description = "Write a backup (metadata JSON, files, checksums) to DIR.")
final class ExportCommand implements Callable<Integer> {

  @ParentCommand Cli parent;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "An empty or new directory.")
  Path directory;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (ConfigurableApplicationContext context = ArchiveContext.start(parent)) {
      ArchiveBackup.Summary backup =
          context.getBean(ArchiveBackup.class).export(directory, ArchiveContext.actor());
      out.println("exported " + backup.documents() + " documents and " + backup.files()
          + " files to " + directory);
      return 0;
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("cannot export: " + e.getMessage());
      return Cli.IO_ERROR;
    }
  }
}
