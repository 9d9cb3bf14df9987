package vn.vanthu.leaflet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jspecify.annotations.Nullable;

/** Reads a picture's file into a {@link LeafletImage}, or says why it cannot be printed. */
final class ImageFiles {

  /** The largest picture accepted: a full-bleed A4 photograph at 300 dpi is about 25 MB as PNG. */
  static final int MAX_BYTES = 32 * 1024 * 1024;

  /** Relative paths of plain names, so that a leaflet never reads outside its own folder. */
  private static final Pattern NAME =
      Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_. -]*(/[\\p{L}\\p{N}_][\\p{L}\\p{N}_. -]*)*");

  private ImageFiles() {}

  /** Why a name may not be used, or null when it may. */
  static @Nullable String badName(String name) {
    if (!NAME.matcher(name).matches() || name.contains("..")) {
      return "must be a relative path inside the leaflet's folder, such as images/cover.png";
    }
    return null;
  }

  /** Why a file cannot be printed as a picture; the message completes "the image file X …". */
  static final class Unusable extends Exception {
    Unusable(String reason) {
      super(reason, null, false, false);
    }
  }

  /** The picture, decoded once to make sure that the PDF engine will be able to. */
  static LeafletImage read(String name, byte[] bytes) throws Unusable {
    if (bytes.length > MAX_BYTES) {
      throw new Unusable("is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new Unusable("is not a PNG or JPEG image");
      }
      ImageReader reader = readers.next();
      try {
        String format = reader.getFormatName().toLowerCase(Locale.ROOT);
        String type = switch (format) {
          case "png" -> "image/png";
          case "jpeg", "jpg" -> "image/jpeg";
          default -> throw new Unusable("is a " + format + " image; only PNG and JPEG are printed");
        };
        reader.setInput(in);
        // A file the PDF engine cannot decode (a CMYK JPEG, a damaged PNG) would be left out of
        // the PDF without a word; it is refused here instead.
        reader.read(0);
        return new LeafletImage(name, type, bytes, reader.getWidth(0), reader.getHeight(0));
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new Unusable("cannot be decoded as a PNG or JPEG image");
    }
  }
}
