package vn.vanthu.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.vanthu.archive.ArchiveImport;
import vn.vanthu.archive.ArchiveSearch;
import vn.vanthu.archive.ImportResult;
import vn.vanthu.archive.ingest.DetectedMetadata;
import vn.vanthu.archive.ingest.MetadataDetector;
import vn.vanthu.archive.ingest.TextCleaner;
import vn.vanthu.archive.ingest.TextExtractor;
import vn.vanthu.archive.ingest.UnreadableDocumentException;

/** {@code import} and {@code extract}: earlier documents into the archive, or just their metadata. */
final class ImportCommands {

  private static final List<String> FORMATS = List.of(".pdf", ".txt", ".text", ".htm", ".html",
      ".jsonl", ".json");

  private ImportCommands() {}

  /** Every importable file under the given paths, folders walked recursively, in name order. */
  static List<Path> files(List<Path> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile).filter(ImportCommands::importable).sorted()
              .forEach(files::add);
        }
      } else {
        files.add(path);
      }
    }
    return files;
  }

  private static boolean importable(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return FORMATS.stream().anyMatch(name::endsWith);
  }

  /** Imports files and folders; reports each file's outcome. */
  @Command(name = "import", description = "Import PDF, text, HTML and JSONL files or folders.")
  static final class Import implements Callable<Integer> {
    @ParentCommand Cli parent;
    @Spec CommandSpec spec;
    @Parameters(arity = "1..*", paramLabel = "PATH") List<Path> paths;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      List<Path> files = files(paths);
      Map<ImportResult.Status, Integer> counts = new LinkedHashMap<>();
      int skipped = 0;
      try (ConfigurableApplicationContext context = ArchiveContext.start(parent)) {
        ArchiveImport imports = context.getBean(ArchiveImport.class);
        ArchiveSearch index = ArchiveContext.indexIfFree(context);
        Progress progress = new Progress(err, files.size());
        Consumer<List<ImportResult>> report = results -> {
          List<String> imported = new ArrayList<>();
          for (ImportResult result : results) {
            counts.merge(result.status(), 1, Integer::sum);
            if (result.status() == ImportResult.Status.IMPORTED) {
              imported.add(result.documentId());
            } else {
              progress.clear();
              out.println(result.status().name().toLowerCase(Locale.ROOT) + " " + result.source()
                  + ": " + result.reason());
            }
          }
          if (index != null) {
            index.addAll(imported);
          }
        };
        for (Path file : files) {
          String name = file.toString().toLowerCase(Locale.ROOT);
          if (name.endsWith(".jsonl") && !paths.contains(file) && !holdsDocuments(file)) {
            // Found in a folder, and not documents: a manifest or other data beside the PDFs.
            progress.clear();
            out.println("skipped " + file + ": its first line has no \"text\", so its lines are"
                + " not documents to import (name the file itself to import it anyway)");
            skipped++;
          } else if (name.endsWith(".jsonl")) {
            importJsonLines(imports, file, report);
          } else if (name.endsWith(".json")) {
            report.accept(List.of(structured(context, file)));
          } else {
            ImportResult result;
            try {
              result = imports.importFile(Files.readAllBytes(file), file.toString(),
                  ArchiveContext.actor());
            } catch (IOException e) {
              result = new ImportResult(file.toString(), ImportResult.Status.UNREADABLE,
                  "cannot read: " + e.getMessage(), null, Map.of());
            }
            report.accept(List.of(result));
          }
          progress.step(file.getFileName().toString());
        }
        progress.clear();
        if (index != null) {
          index.commit();
        } else {
          out.println("the running service holds the index and indexes these documents within"
              + " seconds");
        }
      }
      out.println("imported " + counts.getOrDefault(ImportResult.Status.IMPORTED, 0)
          + ", duplicates " + counts.getOrDefault(ImportResult.Status.DUPLICATE, 0)
          + ", unreadable " + counts.getOrDefault(ImportResult.Status.UNREADABLE, 0)
          + (skipped > 0 ? ", skipped " + skipped : ""));
      return counts.getOrDefault(ImportResult.Status.UNREADABLE, 0) > 0 ? 1 : 0;
    }
  }

  /**
   * Whether a JSONL file holds documents: its first line is an object with a {@code text}. A line
   * that is not JSON at all says yes, so that the import reports what is wrong with each line.
   */
  static boolean holdsDocuments(Path file) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          try {
            JsonNode first = LINES.readTree(line);
            return first == null || !first.isObject() || first.has("text");
          } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
            return true;
          }
        }
      }
      return false;
    }
  }

  private static final ObjectMapper LINES = new ObjectMapper();

  /** Lines stored together: the batch's files are flushed side by side, in one transaction. */
  static final int JSONL_BATCH = 500;

  /** A JSONL file read line by line and imported in batches, so that memory stays flat. */
  static void importJsonLines(ArchiveImport imports, Path file,
      Consumer<List<ImportResult>> report) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<ArchiveImport.JsonLine> batch = new ArrayList<>(JSONL_BATCH);
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (!line.isBlank()) {
          batch.add(new ArchiveImport.JsonLine(line, file + ":" + number));
        }
        if (batch.size() == JSONL_BATCH) {
          report.accept(imports.importJsonLines(batch, ArchiveContext.actor()));
          batch.clear();
        }
      }
      if (!batch.isEmpty()) {
        report.accept(imports.importJsonLines(batch, ArchiveContext.actor()));
      }
    }
  }

  /** A Vanthu document JSON that already carries its number: archived as it is, not renumbered. */
  static ImportResult structured(ConfigurableApplicationContext context, Path file)
      throws IOException {
    try {
      var stored = context.getBean(vn.vanthu.archive.DocumentIssuing.class)
          .archiveNumbered(Files.readAllBytes(file), ArchiveContext.actor());
      return new ImportResult(file.toString(), ImportResult.Status.IMPORTED, null, stored.id(),
          Map.of());
    } catch (vn.vanthu.document.InvalidDocumentException e) {
      return new ImportResult(file.toString(), ImportResult.Status.UNREADABLE,
          "not a numbered Vanthu document: " + e.getMessage(), null, Map.of());
    }
  }

  /** Detects the metadata of files; stores nothing. */
  @Command(name = "extract", description = "Detect the metadata of files; store nothing.")
  static final class Extract implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(arity = "1..*", paramLabel = "FILE") List<Path> paths;
    @Option(names = "--json", description = "One JSON object a line per file.") boolean asJson;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      ObjectMapper json = SearchCommands.json();
      TextExtractor extractor = new TextExtractor();
      TextCleaner cleaner = new TextCleaner();
      MetadataDetector detector = new MetadataDetector();
      int status = 0;
      for (Path file : files(paths)) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("file", file.toString());
        try {
          DetectedMetadata metadata = detector.detect(cleaner.clean(extractor.extract(file)));
          row.putAll(metadata.toJsonMap());
        } catch (UnreadableDocumentException e) {
          row.put("error", e.getMessage());
          status = 1;
        }
        out.println(asJson ? json.writeValueAsString(row) : row.toString());
      }
      return status;
    }
  }

  /** A one-line progress bar on standard error. */
  static final class Progress {
    private final PrintWriter err;
    private final int total;
    private int done;

    Progress(PrintWriter err, int total) {
      this.err = err;
      this.total = Math.max(total, 1);
    }

    void step(String name) {
      done++;
      int width = 30;
      int filled = done * width / total;
      String shown = name.length() > 40 ? name.substring(0, 37) + "..." : name;
      err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/"
          + total + " " + shown + " ".repeat(Math.max(0, 40 - shown.length())));
      err.flush();
    }

    void clear() {
      err.print("\r" + " ".repeat(90) + "\r");
      err.flush();
    }
  }
}
