package vn.vanthu.web.ui;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.vanthu.access.Viewer;
import vn.vanthu.access.Viewers;
import vn.vanthu.archive.Archive;
import vn.vanthu.archive.ArchivedDocument;
import vn.vanthu.archive.DocumentIssuing;
import vn.vanthu.archive.DocumentLink;

/**
 * One document: its metadata, its PDF in the page, downloads, its links in both directions and
 * its history. A document above the reader's clearance is the same 404 as a missing one.
 */
@Controller
@ConditionalOnWebApplication
class DocumentPageController {

  private final Archive archive;

  DocumentPageController(Archive archive) {
    this.archive = archive;
  }

  /** A link as the page shows it: what the relation means from this side, and the other end. */
  record LinkView(String key, ArchivedDocument other) {}

  /** One line of the history, its time in Vietnam's time zone. */
  record HistoryView(String time, String actor, String action, @Nullable String detail) {}

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss", Locale.ROOT)
          .withZone(DocumentIssuing.VIETNAM);

  @GetMapping("/documents/{id}")
  String document(@PathVariable String id, Model model) {
    Viewer viewer = Viewers.current();
    Archive.Details details = archive.details(id, viewer.name(), viewer.highestClassification());
    String self = details.document().id();
    List<LinkView> links = details.links().stream()
        .map(link -> view(link, self, viewer))
        .filter(Objects::nonNull)
        .toList();
    model.addAttribute("doc", details.document());
    model.addAttribute("links", links);
    model.addAttribute("history", details.history().reversed().stream()
        .map(e -> new HistoryView(TIME.format(e.occurredAt()), e.actor(), e.action(), e.detail()))
        .toList());
    model.addAttribute("created", TIME.format(details.document().createdAt()));
    model.addAttribute("hasPdf", archive.hasPdf(details.document()));
    return "ui/document";
  }

  @GetMapping("/documents/{id}/pdf")
  ResponseEntity<byte[]> pdf(@PathVariable String id,
      @RequestParam(defaultValue = "false") boolean download) {
    Viewer viewer = Viewers.current();
    byte[] pdf = archive.pdf(id, viewer.name(), viewer.highestClassification());
    return file(pdf, MediaType.APPLICATION_PDF, fileName(id, viewer) + ".pdf", download);
  }

  @GetMapping("/documents/{id}/source")
  ResponseEntity<byte[]> source(@PathVariable String id) {
    Viewer viewer = Viewers.current();
    byte[] json = archive.source(id, viewer.name(), viewer.highestClassification());
    return file(json, MediaType.APPLICATION_JSON, fileName(id, viewer) + ".json", true);
  }

  private @Nullable LinkView view(DocumentLink link, String self, Viewer viewer) {
    boolean outgoing = link.fromId().equals(self);
    String other = outgoing ? link.toId() : link.fromId();
    return archive.find(other, viewer.highestClassification())
        .map(document -> new LinkView("link." + link.relation() + (outgoing ? ".out" : ".in"),
            document))
        .orElse(null);
  }

  /** A file name from the number, e.g. {@code 813-QĐ-BHXH}, or the id of an unnumbered one. */
  private String fileName(String id, Viewer viewer) {
    return archive.find(id, viewer.highestClassification())
        .map(ArchivedDocument::numberText).filter(Objects::nonNull)
        .map(number -> number.replace('/', '-'))
        .orElse(id);
  }

  private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name,
      boolean download) {
    ContentDisposition disposition = (download ? ContentDisposition.attachment()
        : ContentDisposition.inline()).filename(name, StandardCharsets.UTF_8).build();
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(bytes);
  }
}
