package vn.vanthu.web.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import vn.vanthu.document.InvalidDocumentException;
import vn.vanthu.document.Violation;
import vn.vanthu.leaflet.Arrangement;
import vn.vanthu.leaflet.ImageSource;
import vn.vanthu.leaflet.Layout;
import vn.vanthu.leaflet.LeafletReader;
import vn.vanthu.leaflet.LeafletRendering;
import vn.vanthu.leaflet.LeafletRendering.LeafletPdf;
import vn.vanthu.leaflet.PrintOptions;

/**
 * The leaflet page of the communications team: start from a sample or a JSON file, edit the
 * Vietnamese and English side by side, run the real checks with each problem beside its field,
 * preview every printed side and download the PDF. Nothing is stored but the pictures uploaded in
 * this session. Every button is a plain submit, so the page works without JavaScript.
 */
@Controller
@ConditionalOnWebApplication
class LeafletPageController {

  private static final String VIEW = "ui/leaflets";
  private static final String IMAGES = LeafletPageController.class.getName() + ".images";
  /** Uploaded pictures kept in a session, at most: a few print-resolution photographs. */
  private static final int MAX_SESSION_IMAGE_BYTES = 64 * 1024 * 1024;
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  /** The page's own controls that a problem can be shown beside, besides the leaflet's texts. */
  private static final Set<String> CONTROLS = Set.of("layout", "languages", "imposed");

  /** A problem in the list above the form: where it is, what it is, and the field to go to. */
  record Problem(@Nullable String anchor, String where, String message) {}

  private final LeafletRendering leaflets;
  private final LeafletSamples samples;
  private final MessageSource messages;

  LeafletPageController(LeafletRendering leaflets, LeafletSamples samples,
      MessageSource messages) {
    this.leaflets = leaflets;
    this.samples = samples;
    this.messages = messages;
  }

  @GetMapping("/leaflets")
  ModelAndView open(@RequestParam(required = false) @Nullable String sample, HttpSession session,
      Locale locale) {
    List<String> names = samples.list();
    String chosen = sample != null && names.contains(sample) ? sample
        : names.isEmpty() ? null : names.getFirst();
    byte[] json = chosen == null ? "{}".getBytes(StandardCharsets.UTF_8)
        : samples.load(chosen).orElseThrow();
    return page(new String(json, StandardCharsets.UTF_8), chosen, session, locale);
  }

  @PostMapping("/leaflets")
  @Nullable ModelAndView act(@RequestParam Map<String, String> params,
      @RequestParam(name = "jsonFile", required = false) @Nullable MultipartFile jsonFile,
      @RequestParam(name = "images", required = false) @Nullable List<MultipartFile> uploads,
      HttpSession session, HttpServletResponse response, Locale locale) throws IOException {
    String action = params.getOrDefault("action", "check");
    String sample = params.get("sample");
    Map<String, byte[]> images = keep(session, uploads);
    String json;
    List<Violation> violations = new ArrayList<>();
    if (action.equals("load-sample")) {
      byte[] loaded = sample == null ? null : samples.load(sample).orElse(null);
      if (loaded == null) {
        return open(null, session, locale);
      }
      return page(new String(loaded, StandardCharsets.UTF_8), sample, session, locale);
    } else if (action.equals("apply-json")) {
      json = params.getOrDefault("json", "");
    } else if (action.equals("upload") && jsonFile != null && !jsonFile.isEmpty()) {
      json = new String(jsonFile.getInputStream().readNBytes(LeafletReader.MAX_INPUT_BYTES + 1),
          StandardCharsets.UTF_8);
    } else {
      json = edited(params.getOrDefault("base", ""), params);
    }
    ModelAndView page = page(json, sample, session, locale);
    if (!Set.of("check", "preview", "export", "upload").contains(action)) {
      return page;
    }
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    ImageSource source = source(images);
    try {
      if (action.equals("export")) {
        boolean bleed = params.containsKey("bleed");
        boolean imposed = params.containsKey("imposed");
        LeafletPdf pdf = leaflets.render(bytes, source, new PrintOptions(bleed), imposed);
        if (imposed && pdf.imposed() == null) {
          violations.add(new Violation("imposed", messages.getMessage(
              "leaflet.violation.notBooklet", null, locale)));
        } else {
          download(response, imposed ? pdf.imposed() : pdf.pdf(),
              "leaflet" + (imposed ? "-imposed" : "") + (bleed ? "-print" : "") + ".pdf");
          return null;
        }
      } else if (action.equals("preview")) {
        List<String> sides = new ArrayList<>();
        for (byte[] png : leaflets.preview(bytes, source)) {
          sides.add("data:image/png;base64," + Base64.getEncoder().encodeToString(png));
        }
        page.addObject("sides", sides);
        page.addObject("valid", true);
      } else {
        // the checks that need the layout (overflow, resolution) run with the rendering
        leaflets.render(bytes, source, PrintOptions.TRIMMED, false);
        page.addObject("valid", true);
      }
    } catch (InvalidDocumentException e) {
      violations.addAll(e.violations());
    }
    report(page, violations, locale);
    return page;
  }

  /** The JSON the form was made from, with the posted texts written into it. */
  private static String edited(String base, Map<String, String> params) {
    try {
      JsonNode root = MAPPER.readTree(base);
      if (root instanceof ObjectNode object) {
        LeafletForm.apply(object, params);
        return MAPPER.writeValueAsString(object);
      }
    } catch (JsonProcessingException e) {
      // not JSON: left as it is, for the reader to say where it breaks
    }
    return base;
  }

  private ModelAndView page(String json, @Nullable String sample, HttpSession session,
      Locale locale) {
    ModelAndView page = new ModelAndView(VIEW);
    page.addObject("samples", samples.list());
    page.addObject("loadedSample", sample);
    page.addObject("layouts", Layout.values());
    page.addObject("arrangements", Arrangement.values());
    page.addObject("uploaded", new ArrayList<>(images(session).keySet()));
    page.addObject("problems", List.of());
    page.addObject("errors", Map.of());
    String pretty = json;
    try {
      JsonNode root = MAPPER.readTree(json);
      if (root != null && root.isObject()) {
        page.addObject("form", LeafletForm.of(root));
        pretty = MAPPER.writeValueAsString(root);
      }
    } catch (JsonProcessingException e) {
      page.addObject("rawOpen", true);
    }
    page.addObject("json", pretty);
    return page;
  }

  /** Puts each violation beside the field, block or panel its path names, and in the list. */
  private void report(ModelAndView page, List<Violation> violations, Locale locale) {
    if (violations.isEmpty()) {
      return;
    }
    LeafletForm form = (LeafletForm) page.getModel().get("form");
    Set<String> anchors = new java.util.HashSet<>(CONTROLS);
    if (form != null) {
      anchors.addAll(form.anchors());
    }
    Map<String, List<String>> errors = new TreeMap<>();
    List<Problem> problems = new ArrayList<>();
    for (Violation violation : violations) {
      String message = ViolationMessages.localizeLeaflet(violation.reason(), messages, locale);
      String anchor = anchor(violation.field(), anchors);
      if (anchor == null) {
        String where = violation.field().equals("$") ? "" : violation.field();
        problems.add(new Problem(null, where, message));
      } else {
        errors.computeIfAbsent(anchor, a -> new ArrayList<>()).add(message);
        String where = form == null || CONTROLS.contains(anchor) ? "" : where(anchor, form, locale);
        problems.add(new Problem(LeafletForm.id(anchor), where, message));
      }
    }
    page.addObject("errors", errors);
    page.addObject("problems", problems);
    page.addObject("valid", false);
    page.addObject("rawOpen", form == null);
  }

  /** The path itself if the form shows it, else its nearest enclosing path the form shows. */
  private static @Nullable String anchor(String path, Set<String> anchors) {
    String candidate = path;
    while (!candidate.isEmpty()) {
      if (anchors.contains(candidate)) {
        return candidate;
      }
      int cut = Math.max(candidate.lastIndexOf('.'), candidate.lastIndexOf('['));
      candidate = cut <= 0 ? "" : candidate.substring(0, cut);
    }
    return null;
  }

  /** "Panel 2 (inside left) · block 3 (list)", in the page's language. */
  private String where(String anchor, LeafletForm form, Locale locale) {
    for (LeafletForm.PanelForm panel : form.panels()) {
      if (anchor.equals(panel.key()) || anchor.startsWith(panel.key() + ".")) {
        String where = messages.getMessage("leaflet.unit." + panel.unit(),
            new Object[] {panel.number()}, locale);
        if (panel.role() != null) {
          where += " (" + messages.getMessage("leaflet.role." + panel.role(), null, locale) + ")";
        }
        for (LeafletForm.BlockForm block : panel.blocks()) {
          if (anchor.equals(block.key()) || anchor.startsWith(block.key() + ".")) {
            where += " · " + messages.getMessage("leaflet.block", new Object[] {block.number(),
                messages.getMessage("leaflet.kind." + block.kind(), null, block.kind(), locale)},
                locale);
          }
        }
        return where;
      }
    }
    return messages.getMessage("leaflet.section.head", null, locale);
  }

  private static void download(HttpServletResponse response, byte[] pdf, String name)
      throws IOException {
    response.setContentType(MediaType.APPLICATION_PDF_VALUE);
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(name).build().toString());
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }

  /** The session's uploaded pictures, with this request's added (a name sent again replaces). */
  private static Map<String, byte[]> keep(HttpSession session,
      @Nullable List<MultipartFile> uploads) throws IOException {
    Map<String, byte[]> images = images(session);
    for (MultipartFile upload : uploads == null ? List.<MultipartFile>of() : uploads) {
      String name = upload.getOriginalFilename();
      if (upload.isEmpty() || name == null || name.isBlank()) {
        continue;
      }
      // Browsers send a file's own name without its folder; it is matched by its last segment.
      name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
      long total = images.values().stream().mapToLong(b -> b.length).sum();
      if (total + upload.getSize() <= MAX_SESSION_IMAGE_BYTES) {
        images.put(name, upload.getBytes());
      }
    }
    session.setAttribute(IMAGES, images);
    return images;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, byte[]> images(HttpSession session) {
    Object kept = session.getAttribute(IMAGES);
    return kept instanceof Map<?, ?> map ? (Map<String, byte[]>) map : new LinkedHashMap<>();
  }

  /** Uploaded pictures first, by the name the JSON uses or its last segment; then the samples'. */
  private ImageSource source(Map<String, byte[]> uploaded) {
    ImageSource sampleImages = samples.images();
    return name -> {
      byte[] own = uploaded.getOrDefault(name, uploaded.get(name.substring(name.lastIndexOf('/') + 1)));
      return own != null ? own : sampleImages.read(name);
    };
  }
}
