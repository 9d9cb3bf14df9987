package vn.vanthu.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.vanthu.archive.ArchiveVerification;
import vn.vanthu.archive.VerificationReport;

/** Re-reads every stored file and checks the database and the files agree. */
@Command(name = "verify", description = "Check every stored file's checksum and the records.")
final class VerifyCommand implements Callable<Integer> {

  /** Exit status when verify found problems. */
  static final int PROBLEMS = 2;

  @ParentCommand Cli parent;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (ConfigurableApplicationContext context = ArchiveContext.start(parent)) {
      VerificationReport report = context.getBean(ArchiveVerification.class).verify();
      report.problems().forEach(p -> out.println("PROBLEM " + p));
      out.println((report.isClean() ? "clean: " : report.problems().size() + " problem(s): ")
          + report.documentsChecked() + " documents, " + report.filesChecked() + " files checked");
      return report.isClean() ? 0 : PROBLEMS;
    }
  }
}
