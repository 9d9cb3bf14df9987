package vn.vanthu.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.vanthu.document.InvalidDocumentException;
import vn.vanthu.document.Violation;
import vn.vanthu.leaflet.ImageSource;
import vn.vanthu.leaflet.LeafletReader;
import vn.vanthu.leaflet.LeafletRendering;
import vn.vanthu.leaflet.LeafletRendering.LeafletPdf;
import vn.vanthu.leaflet.PrintOptions;

/**
 * Checks a bilingual leaflet and answers its print-ready PDF; nothing is stored. The JSON comes as
 * the body, or, with its pictures, as the {@code leaflet} part of a multipart request whose
 * {@code images} parts are named like the files the JSON refers to.
 */
@RestController
@ConditionalOnWebApplication
@Tag(name = "Leaflets")
class LeafletController {

  private final LeafletRendering leaflets;

  LeafletController(LeafletRendering leaflets) {
    this.leaflets = leaflets;
  }

  @PostMapping(path = "/api/leaflets", produces = MediaType.APPLICATION_PDF_VALUE)
  @Operation(summary = "Check a bilingual leaflet and render its print-ready PDF; nothing is stored",
      description = "Roles: comms, admin. The body is the leaflet JSON; a leaflet with pictures "
          + "comes as multipart (part leaflet, parts images named like the files it refers to). "
          + "bleed=true adds 3 mm bleed and crop marks, imposed=true answers the booklet's "
          + "imposed sheets.")
  @RequestBody(required = true, description = "The leaflet JSON (samples/leaflets/)",
      content = {@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
          schema = @Schema(type = "object")),
          @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
              schema = @Schema(type = "object"))})
  @ApiResponse(responseCode = "200", description = "The leaflet's PDF, fonts embedded",
      content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
          schema = @Schema(type = "string", format = "binary")))
  @Problems({400})
  ResponseEntity<byte[]> render(@Parameter(hidden = true) InputStream body,
      @RequestParam(required = false) @Nullable String bleed,
      @RequestParam(required = false) @Nullable String imposed) throws IOException {
    return pdf(limited(body.readNBytes(LeafletReader.MAX_INPUT_BYTES + 1)), ImageSource.none(),
        bleed, imposed);
  }

  @PostMapping(path = "/api/leaflets", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_PDF_VALUE)
  @Operation(hidden = true) // documented with the JSON form above: one operation, two bodies
  ResponseEntity<byte[]> renderWithImages(
      @RequestPart(name = "leaflet", required = false) @Nullable MultipartFile leaflet,
      @RequestPart(name = "images", required = false) @Nullable List<MultipartFile> images,
      @RequestParam(required = false) @Nullable String bleed,
      @RequestParam(required = false) @Nullable String imposed) throws IOException {
    if (leaflet == null) {
      throw invalid("leaflet", "is required: the leaflet's JSON, as the part named leaflet");
    }
    Map<String, byte[]> files = new HashMap<>();
    for (MultipartFile image : images == null ? List.<MultipartFile>of() : images) {
      String name = image.getOriginalFilename();
      if (name != null && !name.isBlank()) {
        files.put(name, image.getBytes());
      }
    }
    // Browsers send a file's own name without its folder: images/cover.png arrives as
    // cover.png, so a name the JSON uses is looked up as it is, then by its last segment.
    ImageSource source = name -> files.getOrDefault(name,
        files.get(name.substring(name.lastIndexOf('/') + 1)));
    return pdf(limited(leaflet.getInputStream().readNBytes(LeafletReader.MAX_INPUT_BYTES + 1)),
        source, bleed, imposed);
  }

  private ResponseEntity<byte[]> pdf(byte[] json, ImageSource images, @Nullable String bleed,
      @Nullable String imposed) {
    boolean withBleed = flag("bleed", bleed);
    boolean impose = flag("imposed", imposed);
    LeafletPdf rendered = leaflets.render(json, images, new PrintOptions(withBleed), impose);
    if (impose && rendered.imposed() == null) {
      throw invalid("imposed", "only an a5-booklet is imposed; "
          + rendered.leaflet().layout().code() + " is printed as it is");
    }
    byte[] pdf = impose ? rendered.imposed() : rendered.pdf();
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(impose ? "leaflet-imposed.pdf" : "leaflet.pdf").build().toString())
        .body(pdf);
  }

  private static boolean flag(String name, @Nullable String value) {
    if (value == null || value.isEmpty()) {
      return false;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw invalid(name, "must be true or false (was '" + value + "')");
    };
  }

  private static byte[] limited(byte[] json) {
    if (json.length > LeafletReader.MAX_INPUT_BYTES) {
      throw invalid("$", "the input is larger than " + LeafletReader.MAX_INPUT_BYTES / (1024 * 1024)
          + " MB");
    }
    return json;
  }

  private static InvalidDocumentException invalid(String field, String reason) {
    return new InvalidDocumentException(List.of(new Violation(field, reason)));
  }
}
