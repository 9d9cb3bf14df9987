package vn.vanthu.web.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.vanthu.access.Viewer;
import vn.vanthu.access.Viewers;
import vn.vanthu.archive.ArchiveSearch;
import vn.vanthu.archive.DocumentNotFound;
import vn.vanthu.archive.DocumentThumbnails;
import vn.vanthu.archive.SearchQuery;
import vn.vanthu.archive.SearchResults;

/** The search page and the thumbnails of its hits, as the signed-in reader with their clearance. */
@Controller
@ConditionalOnWebApplication
class SearchPageController {

  private final ArchiveSearch search;
  private final DocumentThumbnails thumbnails;

  SearchPageController(ArchiveSearch search, DocumentThumbnails thumbnails) {
    this.search = search;
    this.thumbnails = thumbnails;
  }

  @GetMapping("/search")
  String search(@RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "") String type, @RequestParam(defaultValue = "") String issuer,
      @RequestParam(defaultValue = "") String year, @RequestParam(defaultValue = "") String from,
      @RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String sort,
      @RequestParam(defaultValue = "") String page, Model model) {
    Viewer viewer = Viewers.current();
    SearchForm form = new SearchForm(q, type, issuer, year, from, to, sort, page);
    Map<String, String> errors = new LinkedHashMap<>();
    SearchQuery query = form.toQuery(errors);
    SearchResults results = query == null ? null
        : search.search(query, viewer.highestClassification());
    model.addAttribute("search", SearchPage.of(form, errors, results,
        id -> thumbnails.available(id, viewer.highestClassification())));
    return "ui/search";
  }

  @GetMapping(path = "/search/thumbnails/{id}", produces = MediaType.IMAGE_PNG_VALUE)
  ResponseEntity<byte[]> thumbnail(@PathVariable String id) {
    try {
      byte[] png = thumbnails.png(id, Viewers.current().highestClassification());
      return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(10))
          .cachePrivate()).contentType(MediaType.IMAGE_PNG).body(png);
    } catch (DocumentNotFound hidden) {
      return ResponseEntity.notFound().build();
    }
  }
}
