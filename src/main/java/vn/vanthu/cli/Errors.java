package vn.vanthu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeansException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import vn.vanthu.document.Violation;

/**
 * What a command prints when it fails: one line naming the cause, not a stack trace (set
 * {@code VANTHU_DEBUG=true} for the trace of an unexpected failure, which exits with
 * {@link Cli#IO_ERROR}); the violations of an input one a line, each with its field.
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

  /** Prints the heading, then each violation as {@code field: reason}; the invalid-input status. */
  static int printViolations(PrintWriter err, String heading, List<Violation> violations) {
    err.println(heading);
    for (Violation v : violations) {
      err.println("  " + v.field() + ": " + v.reason());
    }
    return Cli.INVALID_INPUT;
  }

  /** What went wrong with a file, in words rather than an exception's name. */
  static String reason(IOException e) {
    return switch (e) {
      case NoSuchFileException missing -> "no such file or folder: " + missing.getFile();
      case AccessDeniedException denied -> "permission denied: " + denied.getFile();
      case FileSystemException other -> other.getFile() + ": " + other.getReason();
      default -> String.valueOf(e.getMessage());
    };
  }

  /** The messages of an exception and its causes, as a person would want to read them. */
  static String describe(Throwable e) {
    List<String> parts = new ArrayList<>();
    for (Throwable t = e; t != null && parts.size() < 4; t = t.getCause()) {
      String message = t.getMessage() == null ? "" : t.getMessage().strip();
      String part = message.isEmpty() ? t.getClass().getSimpleName()
          : t instanceof FileSystemException || t instanceof Error
              ? t.getClass().getSimpleName() + " " + message : message;
      if (parts.isEmpty() || !parts.get(parts.size() - 1).contains(part)) {
        parts.add(part);
      }
    }
    return String.join(": ", parts);
  }
}
