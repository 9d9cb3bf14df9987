package vn.vanthu.web.api;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.multipart.MultipartFile;
import vn.vanthu.access.Viewer;
import vn.vanthu.access.Viewers;
import vn.vanthu.archive.ArchiveImport;
import vn.vanthu.archive.ArchiveSearch;
import vn.vanthu.archive.ImportResult;
import vn.vanthu.archive.SearchQuery;
import vn.vanthu.archive.SearchResults;

/** Searching the archive and importing earlier documents into it. */
@RestController
@ConditionalOnWebApplication
class SearchController {

  private final ArchiveSearch search;
  private final ArchiveImport imports;

  SearchController(ArchiveSearch search, ArchiveImport imports) {
    this.search = search;
    this.imports = imports;
  }

  @GetMapping(path = "/api/search", produces = MediaType.APPLICATION_JSON_VALUE)
  SearchResults search(@RequestParam(name = "q", defaultValue = "") String text,
      @RequestParam(required = false) @Nullable String type,
      @RequestParam(required = false) @Nullable String issuer,
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate to,
      @RequestParam(defaultValue = "relevance") String sort,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "10") int size) {
    Viewer viewer = Viewers.current();
    SearchQuery query = new SearchQuery(text, type, issuer, year, from, to, sort.equals("date"),
        page, size);
    return search.search(query, viewer.highestClassification());
  }

  @GetMapping(path = "/api/documents/{id}/similar", produces = MediaType.APPLICATION_JSON_VALUE)
  SearchResults similar(@PathVariable String id, @RequestParam(defaultValue = "5") int size) {
    return search.similar(id, Viewers.current().highestClassification(),
        Math.max(1, Math.min(size, 50)));
  }

  @PostMapping(path = "/api/archive/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  List<ImportResult> importFiles(@RequestParam("files") List<MultipartFile> files)
      throws IOException {
    String actor = Viewers.current().name();
    List<ImportResult> results = new ArrayList<>();
    for (MultipartFile file : files) {
      String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
      if (name.endsWith(".jsonl")) {
        String[] lines = new String(file.getBytes(), java.nio.charset.StandardCharsets.UTF_8)
            .split("\\R");
        for (int i = 0; i < lines.length; i++) {
          if (!lines[i].isBlank()) {
            results.add(imports.importJsonLine(lines[i], name + ":" + (i + 1), actor));
          }
        }
      } else {
        results.add(imports.importFile(file.getBytes(), name, actor));
      }
    }
    return results;
  }
}
