package vn.vanthu.leaflet;

import java.util.Base64;
import java.util.Objects;
import java.util.Set;

/**
 * A picture's file as the leaflet embeds it, with its size in pixels: the resolution check
 * compares the pixels with the printed size.
 *
 * @param name the file name as the JSON gives it, e.g. {@code images/cover.png}
 * @param mediaType {@code image/png} or {@code image/jpeg}
 * @param bytes the file's bytes, embedded unchanged
 */
public record LeafletImage(String name, String mediaType, byte[] bytes, int widthPx, int heightPx) {

  /** The formats a leaflet embeds: both go into a PDF/A without conversion. */
  public static final Set<String> MEDIA_TYPES = Set.of("image/png", "image/jpeg");

  public LeafletImage {
    Objects.requireNonNull(name, "name");
    if (!MEDIA_TYPES.contains(mediaType)) {
      throw new IllegalArgumentException("not an image type a leaflet embeds: " + mediaType);
    }
    bytes = bytes.clone();
    if (widthPx <= 0 || heightPx <= 0) {
      throw new IllegalArgumentException("an image has pixels");
    }
  }

  /** The file as a {@code data:} URI, the only kind of resource the PDF engine may load. */
  public String dataUri() {
    return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes);
  }

  /** The bytes, copied. */
  @Override
  public byte[] bytes() {
    return bytes.clone();
  }
}
