package vn.vanthu.web.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.vanthu.leaflet.ImageSource;

/**
 * The leaflets of {@code samples/leaflets/}, offered as starting points; their pictures are read
 * from the same folder, as the CLI reads a leaflet's pictures beside its JSON.
 */
@Component
class LeafletSamples {

  private final Path dir = Path.of("samples", "leaflets");

  /** The samples' names, without {@code .json}, in order. */
  List<String> list() {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** A sample's JSON by its name; empty for a name that is not one. */
  Optional<byte[]> load(String name) {
    if (!name.matches("[a-z0-9-]{1,80}")) {
      return Optional.empty();
    }
    Path file = dir.resolve(name + ".json");
    try {
      return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The samples' pictures, by the names their JSON uses ({@code images/portal.png}). */
  ImageSource images() {
    return ImageSource.directory(dir);
  }
}
