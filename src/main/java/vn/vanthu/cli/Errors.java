package vn.vanthu.cli;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeansException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * What a command prints when it fails unexpectedly: one line naming the cause, not a stack trace
 * (set {@code VANTHU_DEBUG=true} for the trace), and exit status {@link Cli#IO_ERROR}.
 */
final class Errors implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
    command.getErr().println("vanthu " + command.getCommandName() + ": " + message(e));
    if ("true".equalsIgnoreCase(System.getenv("VANTHU_DEBUG"))) {
      e.printStackTrace(command.getErr());
    }
    return Cli.IO_ERROR;
  }

  /**
   * The message of the first cause that is not one of Spring's bean-creation wrappers, whose
   * messages repeat class names and bean definitions instead of saying what went wrong.
   */
  static String message(Throwable e) {
    Throwable cause = e;
    while (cause instanceof BeansException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
  }

  /** The first exception of {@code type} in the chain of causes of {@code e}, if any. */
  static <T extends Throwable> @Nullable T find(Throwable e, Class<T> type) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }
}
