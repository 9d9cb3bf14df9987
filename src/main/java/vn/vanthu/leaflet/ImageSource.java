package vn.vanthu.leaflet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where a leaflet's pictures come from: the folder of its JSON file, or the files sent with a
 * request. Names are relative paths such as {@code images/cover.png}; the reader has
 * already refused absolute paths and {@code ..}.
 */
@FunctionalInterface
public interface ImageSource {

  /** The bytes of the named file, or null when there is no such file. */
  byte @Nullable [] read(String name) throws IOException;

  /** No files at all: every picture is reported missing. */
  static ImageSource none() {
    return name -> null;
  }

  /** Files under a directory, never outside it. */
  static ImageSource directory(Path dir) {
    Path root = dir.toAbsolutePath().normalize();
    return name -> {
      Path file = root.resolve(name).normalize();
      if (!file.startsWith(root) || !Files.isRegularFile(file)) {
        return null;
      }
      return Files.readAllBytes(file);
    };
  }

  /** Files given by name, e.g. the parts of a multipart request. */
  static ImageSource of(Map<String, byte[]> files) {
    Map<String, byte[]> copy = Map.copyOf(files);
    return copy::get;
  }
}
