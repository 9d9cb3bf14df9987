package vn.vanthu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.vanthu.document.DocumentReader;
import vn.vanthu.document.InvalidDocumentException;
import vn.vanthu.document.OfficialDocument;
import vn.vanthu.document.Violation;
import vn.vanthu.rendering.DocumentRenderer;
import vn.vanthu.rendering.PageImages;
import vn.vanthu.rendering.RenderingSettings;

/**
 * Renders documents' JSON into archival PDFs, without starting the service: one file to
 * {@code -o OUT.pdf}, or many files and folders to {@code -d DIR}, in parallel.
 */
@Command(name = "render", description = "Render INPUT.json into an archival PDF (-o), or many "
    + "inputs into a folder (-d). With -d, each INPUT is a file or a folder searched recursively "
    + "for *.json, whose sub-folders are kept under DIR; documents render in parallel, a failed one "
    + "is reported with its reason while the others go on, and the exit status is 1 if any input "
    + "was invalid, 3 if any could not be read, rendered or written.")
final class RenderCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "The documents' JSON: one file with -o; files or folders with -d.")
  List<Path> inputs;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Destination destination;

  static final class Destination {
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.pdf",
        description = "Where to write the PDF of the one INPUT.")
    @Nullable Path output;

    @Option(names = {"-d", "--directory"}, required = true, paramLabel = "DIR",
        description = "Write NAME.pdf for every INPUT here (created if missing).")
    @Nullable Path directory;
  }

  @Option(names = {"-j", "--jobs"}, paramLabel = "N",
      description = "Documents rendered at once with -d (default: the number of processors).")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = "--png", paramLabel = "DIR",
      description = "Also write page images (150 dpi); with -o only.")
  @Nullable Path pngDir;

  @Option(names = "--html", paramLabel = "OUT.xhtml",
      description = "Also write the XHTML handed to the PDF engine; with -o only.")
  @Nullable Path htmlFile;

  @Option(names = "--templates", paramLabel = "DIR", description = "Templates (default: templates/).")
  @Nullable Path templatesDir;

  @Option(names = "--fonts", paramLabel = "DIR", description = "Fonts (default: fonts/).")
  @Nullable Path fontsDir;

  @Override
  public Integer call() {
    Path directory = destination.directory;
    if (directory != null) {
      if (pngDir != null || htmlFile != null) {
        return usage("--png and --html go with -o, one document at a time");
      }
      if (jobs < 1) {
        return usage("--jobs must be at least 1");
      }
      return new Batch(directory).run();
    }
    if (inputs.size() != 1) {
      return usage("-o writes one PDF: give one INPUT, or use -d DIR for several");
    }
    return renderOne(inputs.get(0), destination.output);
  }

  private int usage(String message) {
    spec.commandLine().getErr().println("render: " + message);
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }

  private DocumentRenderer renderer() {
    return new DocumentRenderer(new RenderingSettings(templatesDir, fontsDir, null));
  }

  private int renderOne(Path input, Path output) {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    try {
      // The renderer (fonts, templates, the PDF engine's classes) is made while the JSON is read.
      FutureTask<DocumentRenderer> pending = new FutureTask<>(this::renderer);
      Thread.ofPlatform().name("render-setup").daemon().start(pending);
      byte[] json = Files.readAllBytes(input);
      OfficialDocument document = new DocumentReader().read(json);
      DocumentRenderer.Rendered rendered = join(pending).render(document, json);
      Files.write(output, rendered.pdf());
      out.println("wrote " + output + " (" + rendered.pdf().length + " bytes)");
      if (htmlFile != null) {
        Files.writeString(htmlFile, rendered.xhtml());
      }
      if (pngDir != null) {
        int pages = PageImages.write(rendered.pdf(), pngDir, PageImages.PREVIEW_DPI).size();
        out.println("wrote " + pages + " page images to " + pngDir);
      }
      return 0;
    } catch (InvalidDocumentException e) {
      return Errors.printViolations(err, input + " is not a valid document:", e.violations());
    } catch (IOException e) {
      err.println("cannot read or write a file: " + Errors.reason(e));
      return Cli.IO_ERROR;
    } catch (UncheckedIOException e) {
      err.println("cannot render: " + Errors.describe(e));
      return Cli.IO_ERROR;
    } catch (IllegalStateException e) {
      err.println("cannot load the templates or fonts: " + e.getMessage());
      return Cli.IO_ERROR;
    }
  }

  private static DocumentRenderer join(Future<DocumentRenderer> pending) {
    try {
      return pending.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** One input file and the PDF it becomes. */
  record Job(Path input, Path output) {}

  /** What happened to one job: null reason when it was rendered. */
  record Outcome(Job job, int status, @Nullable String reason, long bytes) {}

  /** Many documents into one folder, in parallel, with a progress bar on stderr. */
  private final class Batch {
    private final Path directory;
    private final PrintWriter err = spec.commandLine().getErr();
    private final PrintWriter out = spec.commandLine().getOut();

    Batch(Path directory) {
      this.directory = directory;
    }

    int run() {
      List<Job> jobList = new ArrayList<>();
      int status = plan(jobList);
      if (jobList.isEmpty()) {
        err.println("render: no *.json documents in " + inputs);
        return status == 0 ? Cli.IO_ERROR : status;
      }
      try {
        Files.createDirectories(directory);
      } catch (IOException e) {
        err.println("render: cannot create " + directory + ": " + e.getMessage());
        return Cli.IO_ERROR;
      }
      long start = System.nanoTime();
      Progress progress = new Progress(err, jobList.size(), System.console() != null);
      DocumentRenderer renderer;
      try {
        renderer = renderer();
        renderer.prepareForMany();
      } catch (RuntimeException e) {
        err.println("render: cannot load the templates or fonts: " + e.getMessage());
        return Cli.IO_ERROR;
      }
      int threads = Math.min(jobs, jobList.size());
      int failed = 0;
      long bytes = 0;
      try (ExecutorService pool = Executors.newFixedThreadPool(threads,
          Thread.ofPlatform().name("render-", 1).daemon().factory())) {
        var completion = new java.util.concurrent.ExecutorCompletionService<Outcome>(pool);
        for (Job job : jobList) {
          completion.submit(() -> renderJob(renderer, job));
        }
        for (int i = 0; i < jobList.size(); i++) {
          Outcome outcome = take(completion);
          if (outcome.reason() != null) {
            failed++;
            status = Math.max(status, outcome.status());
            progress.message(outcome.job().input() + ": " + outcome.reason());
          } else {
            bytes += outcome.bytes();
          }
          progress.done(outcome.reason() == null);
        }
      }
      progress.finish();
      double seconds = (System.nanoTime() - start) / 1e9;
      int rendered = jobList.size() - failed;
      out.printf(Locale.ROOT, "rendered %d of %d documents to %s in %.1f s (%.1f documents/s, "
              + "%d bytes)%s%n", rendered, jobList.size(), directory, seconds,
          rendered / Math.max(seconds, 1e-9), bytes, failed == 0 ? "" : "; " + failed + " failed");
      out.flush();
      return status;
    }

    /** Lists the jobs: files as they are, folders searched for *.json; refuses clashing outputs. */
    private int plan(List<Job> jobList) {
      int status = 0;
      Map<Path, Path> claimed = new HashMap<>();
      for (Path input : inputs) {
        List<Job> found = new ArrayList<>();
        if (Files.isDirectory(input)) {
          try (Stream<Path> files = Files.walk(input)) {
            files.filter(p -> Files.isRegularFile(p)
                    && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                .sorted()
                .forEach(p -> found.add(new Job(p, directory.resolve(pdfName(input.relativize(p))))));
          } catch (IOException | UncheckedIOException e) {
            err.println(input + ": cannot list the folder: " + e.getMessage());
            status = Cli.IO_ERROR;
          }
        } else if (Files.isRegularFile(input)) {
          found.add(new Job(input, directory.resolve(pdfName(input.getFileName()))));
        } else {
          err.println(input + ": no such file or folder");
          status = Cli.IO_ERROR;
        }
        for (Job job : found) {
          Path key = job.output().toAbsolutePath().normalize();
          Path first = claimed.putIfAbsent(key, job.input());
          if (first != null) {
            if (!first.toAbsolutePath().normalize().equals(job.input().toAbsolutePath().normalize())) {
              err.println(job.input() + ": skipped, its PDF " + job.output() + " is already "
                  + first + "'s");
              status = Cli.IO_ERROR;
            }
          } else {
            jobList.add(job);
          }
        }
      }
      return status;
    }

    private Outcome take(java.util.concurrent.CompletionService<Outcome> completion) {
      try {
        return completion.take().get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("a render task failed", e.getCause());
      }
    }
  }

  /** Renders one job; never throws: every failure becomes an outcome with its reason. */
  static Outcome renderJob(DocumentRenderer renderer, Job job) {
    byte[] json;
    try {
      json = Files.readAllBytes(job.input());
    } catch (IOException e) {
      return new Outcome(job, Cli.IO_ERROR, "cannot read: " + Errors.describe(e), 0);
    }
    OfficialDocument document;
    try {
      document = new DocumentReader().read(json);
    } catch (InvalidDocumentException e) {
      StringBuilder reason = new StringBuilder("not a valid document:");
      for (Violation v : e.violations()) {
        reason.append(System.lineSeparator()).append("  ").append(v.field()).append(": ")
            .append(v.reason());
      }
      return new Outcome(job, Cli.INVALID_INPUT, reason.toString(), 0);
    }
    byte[] pdf;
    try {
      pdf = renderer.render(document, json).pdf();
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // An out-of-memory here is this document's: its memory is gone with it, the others go on.
      return new Outcome(job, Cli.IO_ERROR, "cannot render: " + Errors.describe(e), 0);
    }
    try {
      Path parent = job.output().toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.write(job.output(), pdf);
    } catch (IOException e) {
      return new Outcome(job, Cli.IO_ERROR,
          "cannot write " + job.output() + ": " + Errors.describe(e), 0);
    }
    return new Outcome(job, 0, null, pdf.length);
  }

  /** {@code a/b.json} → {@code a/b.pdf}. */
  static Path pdfName(Path json) {
    String name = json.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String pdf = (dot > 0 ? name.substring(0, dot) : name) + ".pdf";
    Path parent = json.getParent();
    return parent == null ? Path.of(pdf) : parent.resolve(pdf);
  }

  /**
   * A one-line bar, {@code [#######.............]  12/40  30%  1 failed  3.2/s}: redrawn in place
   * on a terminal; elsewhere (a log, CI) a line at every tenth of the way.
   */
  static final class Progress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final int total;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private int done;
    private int failed;
    private int lastTenth = -1;
    private boolean drawn;

    Progress(PrintWriter err, int total, boolean terminal) {
      this.err = err;
      this.total = total;
      this.terminal = terminal;
    }

    /** A message on its own line, above the bar. */
    synchronized void message(String text) {
      if (terminal && drawn) {
        err.print("\r\033[K");
      }
      err.println(text);
      if (terminal && drawn) {
        err.print(bar());
      }
      err.flush();
    }

    synchronized void done(boolean ok) {
      done++;
      if (!ok) {
        failed++;
      }
      if (terminal) {
        err.print("\r" + bar());
        drawn = true;
        err.flush();
      } else {
        int tenth = done * 10 / total;
        if (tenth != lastTenth) {
          lastTenth = tenth;
          err.println(bar());
          err.flush();
        }
      }
    }

    synchronized void finish() {
      if (terminal && drawn) {
        err.println();
        err.flush();
      }
    }

    String bar() {
      int filled = (int) ((long) done * WIDTH / total);
      double seconds = (System.nanoTime() - start) / 1e9;
      return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
          + String.format(Locale.ROOT, "%" + String.valueOf(total).length() + "d/%d %3d%%",
              done, total, done * 100 / total)
          + (failed == 0 ? "" : "  " + failed + " failed")
          + String.format(Locale.ROOT, "  %.1f/s", done / Math.max(seconds, 1e-9));
    }
  }
}
