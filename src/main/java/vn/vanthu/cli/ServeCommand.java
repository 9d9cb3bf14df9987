package vn.vanthu.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Unmatched;

/** Starts the web service on the embedded default. */
@Command(name = "serve", description = "Start the web service (the default command).")
final class ServeCommand implements Callable<Integer> {

  @ParentCommand Cli parent;

  /** Spring Boot options such as --server.port=9090 pass through. */
  @Unmatched String[] springArguments = new String[0];

  @Override
  public Integer call() {
    return start(parent.application(), springArguments, parent.dataDirectory());
  }

  static int start(Class<?> application, String[] args, Path dataDirectory) {
    String[] springArgs = Arrays.copyOf(args, args.length + 1);
    springArgs[args.length] = "--vanthu.data-dir=" + dataDirectory.toAbsolutePath();
    SpringApplication.run(application, springArgs);
    return Cli.KEEP_RUNNING;
  }
}
