package vn.vanthu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.vanthu.archive.ArchivedDocument;
import vn.vanthu.archive.DocumentIssuing;
import vn.vanthu.document.InvalidDocumentException;

/** Issues drafts: each gets the next number of its series and today's date, and is archived. */
@Command(name = "issue", description = "Issue draft documents: number, date, archival PDF, store.")
final class IssueCommand implements Callable<Integer> {

  @ParentCommand Cli parent;
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT.json", description = "Draft documents (no number).")
  List<Path> inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Also copy each PDF here.")
  @Nullable Path outputDir;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int status = 0;
    try (ConfigurableApplicationContext context = ArchiveContext.start(parent)) {
      DocumentIssuing issuing = context.getBean(DocumentIssuing.class);
      var archive = context.getBean(vn.vanthu.archive.Archive.class);
      for (Path input : inputs) {
        try {
          ArchivedDocument issued = issuing.issue(Files.readAllBytes(input), ArchiveContext.actor());
          out.println(input + ": issued " + issued.numberText() + " on " + issued.issueDate()
              + " as " + issued.id());
          if (outputDir != null) {
            Files.createDirectories(outputDir);
            Files.write(outputDir.resolve(issued.id() + ".pdf"),
                archive.pdf(issued.id(), ArchiveContext.actor(), issued.classification()));
          }
        } catch (InvalidDocumentException e) {
          status = Errors.printViolations(err, input + " is not a valid draft:", e.violations());
        } catch (IOException e) {
          err.println("cannot read " + input + ": " + Errors.reason(e));
          status = Cli.IO_ERROR;
        }
      }
    }
    return status;
  }
}
