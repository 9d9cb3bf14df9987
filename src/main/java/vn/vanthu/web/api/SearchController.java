package vn.vanthu.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.vanthu.access.Viewer;
import vn.vanthu.access.Viewers;
import vn.vanthu.archive.ArchiveImport;
import vn.vanthu.archive.ArchiveSearch;
import vn.vanthu.archive.ImportResult;
import vn.vanthu.archive.SearchQuery;
import vn.vanthu.archive.SearchResults;
import vn.vanthu.document.Violation;

/** Searching the archive and importing earlier documents into it. */
@RestController
@ConditionalOnWebApplication
class SearchController {

  /** The deepest a caller may page: Lucene collects every hit up to the page asked for. */
  static final int MAX_RESULT_WINDOW = 10_000;

  private final ArchiveSearch search;
  private final ArchiveImport imports;

  SearchController(ArchiveSearch search, ArchiveImport imports) {
    this.search = search;
    this.imports = imports;
  }

  @GetMapping(path = "/api/search", produces = MediaType.APPLICATION_JSON_VALUE)
  @Tag(name = "Search")
  @Operation(summary = "Search the archive: hits with highlighted snippets, and facets",
      description = "Roles: staff, clerk, admin. Only documents within the caller's clearance "
          + "are counted, shown or highlighted.")
  @ApiResponse(responseCode = "200", description = "One page of hits and the facets of all hits")
  @Problems({400})
  SearchResults search(
      @Parameter(description = "Words, \"phrases\", -exclusions and filters such as type:, "
          + "issuer:, year:, number:, date:FROM..TO")
          @RequestParam(name = "q", defaultValue = "") String text,
      @Parameter(description = "A type code, abbreviation or name, e.g. quyet-dinh")
          @RequestParam(required = false) @Nullable String type,
      @Parameter(description = "An issuing body") @RequestParam(required = false)
          @Nullable String issuer,
      @Parameter(description = "The year of issue") @RequestParam(required = false)
          @Nullable Integer year,
      @Parameter(description = "Issued on or after, ISO date") @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
      @Parameter(description = "Issued on or before, ISO date") @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
      @Parameter(description = "relevance or date (newest first)",
          schema = @Schema(allowableValues = {"relevance", "date"}))
          @RequestParam(defaultValue = "relevance") String sort,
      @Parameter(description = "The page, from 0") @RequestParam(defaultValue = "0") int page,
      @Parameter(description = "Hits per page, 1–100") @RequestParam(defaultValue = "10")
          int size) {
    List<Violation> bad = new ArrayList<>();
    if (!sort.equals("relevance") && !sort.equals("date")) {
      bad.add(new Violation("sort", "must be relevance or date (was '" + shown(sort) + "')"));
    }
    if (page < 0) {
      bad.add(new Violation("page", "must be 0 or more (was " + page + ")"));
    }
    if (size < 1 || size > 100) {
      bad.add(new Violation("size", "must be between 1 and 100 (was " + size + ")"));
    } else if (page >= 0 && (page + 1L) * size > MAX_RESULT_WINDOW) {
      bad.add(new Violation("page", "reaches beyond the first " + MAX_RESULT_WINDOW
          + " hits (was " + page + " with size " + size + "); narrow the search instead"));
    }
    if (from != null && to != null && from.isAfter(to)) {
      bad.add(new Violation("from", "is after to (" + from + " > " + to + ")"));
    }
    if (!bad.isEmpty()) {
      throw new InvalidParameters(bad);
    }
    Viewer viewer = Viewers.current();
    SearchQuery query = new SearchQuery(text, type, issuer, year, from, to, sort.equals("date"),
        page, size);
    return search.search(query, viewer.highestClassification());
  }

  @GetMapping(path = "/api/documents/{id}/similar", produces = MediaType.APPLICATION_JSON_VALUE)
  @Tag(name = "Search")
  @Operation(summary = "Documents like this one (more like this)",
      description = "Roles: staff, clerk, admin. Empty for a document that does not exist for "
          + "the caller, exactly as for an unknown id.")
  @ApiResponse(responseCode = "200", description = "Similar documents, most similar first")
  @Problems({400})
  SearchResults similar(@PathVariable String id,
      @Parameter(description = "How many, 1–50") @RequestParam(defaultValue = "5") int size) {
    if (size < 1 || size > 50) {
      throw InvalidParameters.of("size", "must be between 1 and 50 (was " + size + ")");
    }
    return search.similar(id, Viewers.current().highestClassification(), size);
  }

  @PostMapping(path = "/api/archive/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Tag(name = "Archive")
  @Operation(summary = "Import earlier documents: PDF, text, HTML, JSONL or Vanthu JSON",
      description = "Roles: clerk, admin. One result per file or JSONL line; a duplicate or an "
          + "unreadable file is reported and the rest goes on. Each file at most 100 MB.")
  @ApiResponse(responseCode = "200", description = "One result per file or line",
      content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE))
  @Problems({400, 413, 415})
  List<ImportResult> importFiles(
      @Parameter(description = "The files, as parts named files")
          @RequestParam("files") List<MultipartFile> files) throws IOException {
    Viewer viewer = Viewers.current();
    String actor = viewer.name();
    List<ImportResult> results = new ArrayList<>();
    for (MultipartFile file : files) {
      String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
      // As the import page does: JSONL in batches, a numbered Vanthu JSON archived as it is.
      results.addAll(imports.importUpload(file.getBytes(), name, actor,
          viewer.highestClassification()));
    }
    return results;
  }

  private static String shown(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }
}
