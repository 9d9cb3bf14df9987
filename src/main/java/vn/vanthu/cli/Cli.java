package vn.vanthu.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** The {@code vanthu} command: {@code serve} (the default) and the tools that share its services. */
@Command(name = "vanthu", mixinStandardHelpOptions = true,
    description = "Generates, issues and archives Vietnamese official documents, and prints "
        + "bilingual leaflets.")
public final class Cli implements Callable<Integer> {

  /** Every subcommand, in the order the help lists them. */
  private static final List<Class<?>> SUBCOMMANDS = List.of(ServeCommand.class,
      RenderCommand.class, LeafletCommand.class, IssueCommand.class, VerifyCommand.class,
      ExportCommand.class, ImportBackupCommand.class, UserCommand.class,
      ImportCommands.Import.class, ImportCommands.Extract.class, SearchCommands.Search.class,
      SearchCommands.Reindex.class, CommandLine.HelpCommand.class);

  /** Returned when the command started the service, which keeps the JVM running. */
  public static final int KEEP_RUNNING = Integer.MIN_VALUE;

  /** Exit status of a run whose input was invalid. */
  public static final int INVALID_INPUT = 1;

  /** Exit status of a run that failed to read or write a file. */
  public static final int IO_ERROR = 3;

  @Option(names = "--data-dir", scope = CommandLine.ScopeType.INHERIT, paramLabel = "DIR",
      description = "Where the database, the stored files and the index live "
          + "(default: $VANTHU_DATA_DIR or ./data).")
  @Nullable Path dataDir;

  /** Spring Boot options such as --server.port=9090 pass through to the service. */
  @Unmatched String[] springArguments = new String[0];

  private Class<?> application = Object.class;

  /** Runs the command line and returns the exit status, or {@link #KEEP_RUNNING}. */
  public static int run(Class<?> application, String[] args) {
    return commandLine(application, args).execute(args);
  }

  /**
   * The command line as {@link #run} runs it on {@code args}, for an application's services. When
   * the first argument names a subcommand, only that one is built: picocli reads every
   * subcommand's annotations when it is added, which a one-document {@code render} would wait for.
   */
  static CommandLine commandLine(Class<?> application, String... args) {
    String firstArgument = args.length > 0 ? args[0] : "";
    Cli cli = new Cli();
    cli.application = application;
    CommandLine line = new CommandLine(cli);
    // Not for help, which names the others and so needs them all.
    List<Class<?>> named = SUBCOMMANDS.stream()
        .filter(c -> c != CommandLine.HelpCommand.class && nameOf(c).equals(firstArgument))
        .toList();
    for (Class<?> subcommand : named.isEmpty() ? SUBCOMMANDS : named) {
      line.addSubcommand(subcommand);
    }
    // After the subcommands: these settings apply to the subcommands present when they are made.
    return line.setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(new Errors());
  }

  private static String nameOf(Class<?> subcommand) {
    return subcommand.getAnnotation(Command.class).name();
  }

  /** Without a subcommand Vanthu serves. */
  @Override
  public Integer call() {
    return ServeCommand.start(application, springArguments, dataDirectory());
  }

  /** The data directory: the option, else {@code VANTHU_DATA_DIR}, else {@code ./data}. */
  Path dataDirectory() {
    if (dataDir != null) {
      return dataDir;
    }
    String fromEnvironment = System.getenv("VANTHU_DATA_DIR");
    return Path.of(fromEnvironment == null || fromEnvironment.isBlank() ? "data" : fromEnvironment);
  }

  Class<?> application() {
    return application;
  }
}
