package vn.vanthu.web.ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vanthu.access.Viewer;
import vn.vanthu.access.Viewers;
import vn.vanthu.archive.ArchivedDocument;
import vn.vanthu.archive.DocumentIssuing;
import vn.vanthu.document.Classification;
import vn.vanthu.document.DocumentType;
import vn.vanthu.document.InvalidDocumentException;
import vn.vanthu.document.Relation;
import vn.vanthu.document.SigningAuthority;
import vn.vanthu.document.Urgency;
import vn.vanthu.document.Violation;

/**
 * The compose page: one form per document type, checked by the real document reader with each
 * violation shown beside its field, a preview of the pages, and the Issue button. Every button
 * is a plain submit ({@code action=…}), so the page works without JavaScript.
 */
@Controller
@ConditionalOnWebApplication
class ComposeController {

  private static final String VIEW = "ui/compose";

  private final DocumentIssuing issuing;
  private final ComposeSamples samples;
  private final MessageSource messages;

  ComposeController(DocumentIssuing issuing, ComposeSamples samples, MessageSource messages) {
    this.issuing = issuing;
    this.samples = samples;
    this.messages = messages;
  }

  @InitBinder("draft")
  void binder(WebDataBinder binder) {
    binder.setAutoGrowCollectionLimit(10_000);
  }

  @ModelAttribute
  void choices(Model model) {
    model.addAttribute("commonTypes", TypeProfile.COMMON);
    model.addAttribute("otherTypes", TypeProfile.others());
    model.addAttribute("authorities", SigningAuthority.values());
    model.addAttribute("classifications", Classification.values());
    model.addAttribute("urgencies", Urgency.values());
    model.addAttribute("relationKinds", Relation.Kind.values());
    model.addAttribute("attachmentTypes", attachmentTypes());
    model.addAttribute("blockKinds", DraftRows.KINDS);
    model.addAttribute("samples", samples.list());
  }

  @GetMapping("/compose")
  String compose(@RequestParam(required = false) String sample,
      @RequestParam(required = false) String type, Model model) {
    DraftForm draft = sample == null ? null : samples.load(sample).orElse(null);
    if (draft == null) {
      draft = DraftRows.blank(type == null ? "quyet-dinh" : type);
    } else {
      model.addAttribute("loadedSample", sample);
    }
    return page(draft, model);
  }

  @PostMapping("/compose")
  String act(@ModelAttribute("draft") DraftForm draft, BindingResult errors,
      @RequestParam(defaultValue = "check") String action,
      @RequestParam(required = false) String sample, Model model, Locale locale,
      RedirectAttributes redirect) {
    model.addAttribute("loadedSample", sample);
    switch (action) {
      case "load-sample" -> {
        DraftForm loaded = sample == null ? null : samples.load(sample).orElse(null);
        return loaded == null ? page(draft, model) : page(loaded, model);
      }
      case "to-json" -> {
        draft.setJson(new String(DraftJson.toJson(draft).json(), StandardCharsets.UTF_8));
        draft.setMode("json");
      }
      case "to-form" -> {
        return fromJson(draft, errors, model, locale);
      }
      case "check", "preview", "issue" -> {
        return submit(draft, errors, action, model, locale, redirect);
      }
      default -> DraftRows.apply(draft, action);
    }
    return page(draft, model);
  }

  /** The same actions for the preview script: only the preview part of the page comes back. */
  @PostMapping("/compose/preview")
  String preview(@ModelAttribute("draft") DraftForm draft, BindingResult errors, Model model,
      Locale locale) {
    submit(draft, errors, "preview", model, locale, null);
    return VIEW + " :: preview";
  }

  private String submit(DraftForm draft, BindingResult errors, String action, Model model,
      Locale locale, RedirectAttributes redirect) {
    DraftJson.Draft json = draft.getMode().equals("json")
        ? new DraftJson.Draft(draft.getJson().getBytes(StandardCharsets.UTF_8), Map.of())
        : DraftJson.toJson(draft);
    try {
      if (action.equals("issue")) {
        Viewer viewer = Viewers.current();
        ArchivedDocument issued = issuing.issue(json.json(), viewer.name());
        redirect.addFlashAttribute("noticeArg", issued.numberText());
        if (!viewer.clearance().permits(issued.classification())) {
          // issued above the clerk's own clearance: it exists, but not for them
          redirect.addFlashAttribute("noticeKey", "compose.issuedSecret");
          return "redirect:/compose";
        }
        redirect.addFlashAttribute("noticeKey", "compose.issued");
        return "redirect:/documents/" + issued.id();
      }
      byte[] pdf = issuing.preview(json.json());
      if (action.equals("preview")) {
        model.addAttribute("pages", DraftPreview.pages(pdf));
      }
      model.addAttribute("valid", true);
    } catch (InvalidDocumentException e) {
      report(e.violations(), json.fields(), draft, errors, locale);
      model.addAttribute("invalid", true);
    }
    return page(draft, model);
  }

  private String fromJson(DraftForm draft, BindingResult errors, Model model, Locale locale) {
    try {
      JsonNode root = DraftJson.parse(draft.getJson());
      if (root != null && root.isObject()) {
        return page(DraftJson.toForm(root), model);
      }
    } catch (IOException e) {
      // reported below, in the reader's words
    }
    try {
      issuing.preview(draft.getJson().getBytes(StandardCharsets.UTF_8));
    } catch (InvalidDocumentException e) {
      report(e.violations(), Map.of(), draft, errors, locale);
    }
    return page(draft, model);
  }

  /** Puts each violation beside the form field it came from, or above the form. */
  private void report(List<Violation> violations, Map<String, String> fields, DraftForm draft,
      BindingResult errors, Locale locale) {
    for (Violation violation : violations) {
      String reason = ViolationMessages.localize(violation.reason(), messages, locale);
      String field = DraftRows.fieldOf(violation.field(), fields, draft);
      if (field == null) {
        String where = violation.field().equals("$") ? "" : violation.field() + ": ";
        errors.reject("violation", where + reason);
      } else {
        errors.rejectValue(field, "violation", reason);
      }
    }
  }

  private String page(DraftForm draft, Model model) {
    if (model.getAttribute("draft") != draft) {
      // a new form (a sample, the JSON): the bound one's field values must not show through
      model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "draft");
    }
    model.addAttribute("draft", draft);
    model.addAttribute("profile", TypeProfile.of(draft.getType()));
    return VIEW;
  }

  private static List<String> attachmentTypes() {
    List<String> codes = new java.util.ArrayList<>(List.of("ke-hoach", "phu-luc"));
    for (DocumentType type : DocumentType.values()) {
      if (type != DocumentType.CONG_VAN && type != DocumentType.KE_HOACH) {
        codes.add(type.code());
      }
    }
    return codes;
  }
}
