package vn.vanthu.web.ui;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import vn.vanthu.access.Viewer;
import vn.vanthu.access.Viewers;
import vn.vanthu.archive.ArchiveImport;
import vn.vanthu.archive.CorrectionRejected;
import vn.vanthu.archive.DocumentNotFound;
import vn.vanthu.archive.ImportResult;
import vn.vanthu.archive.MetadataCorrection;
import vn.vanthu.archive.ingest.MetadataField;

/**
 * Importing earlier documents from the browser: files or a whole folder, each file's result, and
 * the correction of each imported document's detected metadata.
 */
@Controller
@ConditionalOnWebApplication
class ImportPageController {

  private final ArchiveImport imports;
  private final MetadataCorrection correction;

  ImportPageController(ArchiveImport imports, MetadataCorrection correction) {
    this.imports = imports;
    this.correction = correction;
  }

  @GetMapping("/import")
  String page(@RequestParam(required = false) @Nullable String batch,
      @RequestParam(required = false) @Nullable String saved, HttpSession session, Model model) {
    List<ImportResult> results = batch == null ? null
        : ImportBatches.find(session, batch).orElse(null);
    model.addAttribute("upload", results == null ? ImportPage.empty(null)
        : ImportPage.of(batch, results, rows(results, saved, null)));
    addChoices(model);
    return "ui/import";
  }

  @PostMapping("/import")
  String upload(@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
      HttpSession session, Model model) throws IOException {
    Viewer viewer = Viewers.current();
    String actor = viewer.name();
    List<ImportResult> results = new ArrayList<>();
    for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
      String name = file.getOriginalFilename();
      if (name != null && !name.isBlank()) {
        results.addAll(imports.importUpload(file.getBytes(), name, actor,
            viewer.highestClassification()));
      }
    }
    if (results.isEmpty()) {
      model.addAttribute("upload", ImportPage.empty("import.error.no-files"));
      addChoices(model);
      return "ui/import";
    }
    return "redirect:" + batchUrl(ImportBatches.keep(session, results), null);
  }

  @PostMapping("/import/documents/{id}")
  String correct(@PathVariable String id, @RequestParam Map<String, String> parameters,
      @RequestParam(required = false) @Nullable String batch, HttpSession session, Model model) {
    Viewer viewer = Viewers.current();
    Map<MetadataField, @Nullable String> submitted = MetadataForm.submitted(parameters);
    try {
      correction.correct(id, submitted, viewer.name(), viewer.highestClassification());
    } catch (DocumentNotFound e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    } catch (CorrectionRejected rejection) {
      List<ImportResult> results = batch == null ? null
          : ImportBatches.find(session, batch).orElse(null);
      if (results == null) {
        results = List.of(new ImportResult(id, ImportResult.Status.IMPORTED, null, id, Map.of()));
      }
      model.addAttribute("upload", ImportPage.of(batch, results,
          rows(results, null, new Rejected(id, submitted, rejection))));
      addChoices(model);
      return "ui/import";
    }
    if (batch != null && ImportBatches.find(session, batch).isPresent()) {
      return "redirect:" + batchUrl(batch, id) + "#saved";
    }
    return "redirect:" + UriComponentsBuilder.fromPath("/import/documents/{id}")
        .queryParam("saved", "").buildAndExpand(id).encode().toUriString();
  }

  @GetMapping("/import/documents/{id}")
  String document(@PathVariable String id, @RequestParam(required = false) @Nullable String saved,
      Model model) {
    List<ImportResult> single = List.of(
        new ImportResult(id, ImportResult.Status.IMPORTED, null, id, Map.of()));
    List<ImportPage.Row> rows = rows(single, saved != null ? id : null, null);
    if (rows.get(0).form() == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute("upload", ImportPage.of(null, single, rows));
    addChoices(model);
    return "ui/import";
  }

  /** A correction that was refused, to show with its errors. */
  private record Rejected(String id, Map<MetadataField, @Nullable String> submitted,
      CorrectionRejected rejection) {}

  private List<ImportPage.Row> rows(List<ImportResult> results, @Nullable String savedId,
      @Nullable Rejected rejected) {
    Viewer viewer = Viewers.current();
    List<ImportPage.Row> rows = new ArrayList<>();
    for (ImportResult result : results) {
      MetadataForm form = null;
      String id = result.documentId();
      if (result.status() == ImportResult.Status.IMPORTED && id != null) {
        try {
          MetadataCorrection.Imported imported =
              correction.imported(id, viewer.highestClassification());
          // What import reported (declared JSONL fields included), else detected anew.
          Map<String, Object> found = result.metadata().isEmpty()
              ? imported.detected().toJsonMap() : result.metadata();
          form = MetadataForm.of(imported.document(), found, result.source(),
              id.equals(savedId));
          if (rejected != null && rejected.id().equals(id)) {
            form = form.rejected(rejected.submitted(), rejected.rejection());
          }
        } catch (DocumentNotFound notCorrectable) {
          // structured documents keep their source's metadata; hidden ones show no form
        }
      }
      rows.add(new ImportPage.Row(result.source(), ImportPage.status(result), result.reason(), id,
          form));
    }
    return rows;
  }

  private static String batchUrl(String batch, @Nullable String saved) {
    UriComponentsBuilder url = UriComponentsBuilder.fromPath("/import").queryParam("batch", batch);
    if (saved != null) {
      url.queryParam("saved", saved);
    }
    return url.encode().toUriString();
  }

  private static void addChoices(Model model) {
    model.addAttribute("kinds", MetadataForm.kinds());
    model.addAttribute("classifications", MetadataForm.classifications());
  }
}
