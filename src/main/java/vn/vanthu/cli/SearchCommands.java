package vn.vanthu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.vanthu.archive.ArchiveSearch;
import vn.vanthu.archive.SearchQuery;
import vn.vanthu.archive.SearchResults;
import vn.vanthu.document.Classification;

/** {@code search} and {@code reindex}: the archive's index from the command line. */
final class SearchCommands {

  private SearchCommands() {}

  static ObjectMapper json() {
    return new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }

  /** Searches the archive as an administrator would see it, or with a given clearance. */
  @Command(name = "search", description = "Search the archive.")
  static final class Search implements Callable<Integer> {
    @ParentCommand Cli parent;
    @Spec CommandSpec spec;
    @Parameters(arity = "0..1", paramLabel = "QUERY") @Nullable String query;
    @Option(names = "--type") @Nullable String type;
    @Option(names = "--year") @Nullable Integer year;
    @Option(names = "--limit", defaultValue = "10") int limit;
    @Option(names = "--json", description = "One JSON object per query.") boolean asJson;
    @Option(names = "--queries", paramLabel = "FILE",
        description = "Run every query of a file: one a line, or JSONL with qid and query.")
    @Nullable Path queries;
    @Option(names = "--clearance", defaultValue = "tuyet-mat",
        description = "Search as cleared up to: none, mat, toi-mat, tuyet-mat.")
    String clearance;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      Classification level = Classification.fromCode(clearance).orElse(null);
      try (ConfigurableApplicationContext context = ArchiveContext.start(parent)) {
        ArchiveSearch search = context.getBean(ArchiveSearch.class);
        search.reconcile();
        ObjectMapper json = json();
        if (queries != null) {
          for (String line : Files.readAllLines(queries, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
              continue;
            }
            String qid = null;
            String text = line;
            if (line.strip().startsWith("{")) {
              var node = json.readTree(line);
              qid = node.path("qid").asText(null);
              text = node.path("query").asText("");
            }
            SearchResults results = search.search(request(text), level);
            Map<String, Object> row = new LinkedHashMap<>();
            if (qid != null) {
              row.put("qid", qid);
            }
            row.put("query", text);
            row.putAll(asMap(results));
            out.println(json.writeValueAsString(row));
          }
          return 0;
        }
        SearchResults results = search.search(request(query == null ? "" : query), level);
        if (asJson) {
          out.println(json.writeValueAsString(asMap(results)));
        } else {
          out.println(results.total() + " documents");
          for (SearchResults.Hit hit : results.hits()) {
            out.printf("%-16s %-12s %s — %s%n", hit.number() == null ? "" : hit.number(),
                hit.date() == null ? "" : hit.date(), hit.type() == null ? "" : hit.type(),
                hit.title() == null ? "" : hit.title());
          }
        }
        return 0;
      }
    }

    private SearchQuery request(String text) {
      return new SearchQuery(text, type, null, year, null, null, false, 0,
          Math.max(1, Math.min(100, limit)));
    }

    private static Map<String, Object> asMap(SearchResults results) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("total", results.total());
      map.put("hits", results.hits());
      map.put("facets", results.facets());
      return map;
    }
  }

  /** Rebuilds the index from the store. */
  @Command(name = "reindex", description = "Rebuild the search index from the store.")
  static final class Reindex implements Callable<Integer> {
    @ParentCommand Cli parent;
    @Spec CommandSpec spec;
    @Option(names = "--if-needed", description = "Only when the index's schema changed.")
    boolean ifNeeded;

    @Override
    public Integer call() {
      try (ConfigurableApplicationContext context = ArchiveContext.start(parent)) {
        ArchiveSearch search = context.getBean(ArchiveSearch.class);
        int count = ifNeeded ? search.reconcileCount() : search.reindex();
        spec.commandLine().getOut().println("indexed " + count + " documents");
        return 0;
      }
    }
  }
}
