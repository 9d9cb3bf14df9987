package vn.vanthu.web.ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.vanthu.document.DocumentType;

/**
 * The documents of {@code samples/} (the same directory the first start archives), offered on the
 * compose page as starting points: loading one fills the form without its number and date.
 */
@Component
class ComposeSamples {

  /** A sample as the page lists it. */
  record Sample(String name, String label) {}

  private final Path dir = Path.of("samples");

  List<Sample> list() {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Sample> samples = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        read(name).ifPresent(root -> samples.add(new Sample(name, label(root))));
      }
    } catch (IOException e) {
      return List.of();
    }
    return samples;
  }

  /** The form of a sample, by its file name without {@code .json}; empty for an unknown name. */
  Optional<DraftForm> load(String name) {
    return read(name).map(DraftJson::toForm);
  }

  private Optional<JsonNode> read(String name) {
    if (!name.matches("[a-z0-9-]{1,80}")) {
      return Optional.empty();
    }
    Path file = dir.resolve(name + ".json");
    try {
      return Files.isRegularFile(file)
          ? Optional.of(DraftJson.parse(Files.readString(file))) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static String label(JsonNode root) {
    String type = DocumentType.fromCode(root.path("type").asText(""))
        .map(DocumentType::displayName).orElse(root.path("type").asText(""));
    String number = root.has("number") ? " " + root.path("number").asInt() : "";
    String subject = root.path("subject").asText("");
    if (subject.length() > 90) {
      subject = subject.substring(0, 88) + "…";
    }
    return type + number + " — " + subject;
  }
}
