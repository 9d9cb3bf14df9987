package vn.vanthu.leaflet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import vn.vanthu.rendering.RenderingSettings;

/** The sample leaflets in {@code samples/leaflets/}, and one renderer shared by the tests. */
final class LeafletSamples {

  static final Path DIR = Path.of("samples", "leaflets");
  static final String TRIFOLD = "foreign-workers";
  static final String BIFOLD = "english-portal";
  static final String BOOKLET = "vss-booklet";
  static final ImageSource IMAGES = ImageSource.directory(DIR);

  /** Loading fonts and templates takes seconds; every test class shares this one. */
  static final LeafletRenderer RENDERER = new LeafletRenderer(RenderingSettings.defaults());
  static final LeafletRendering RENDERING = new LeafletRendering(RENDERER);

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private LeafletSamples() {}

  /** The bytes of a sample's JSON. */
  static byte[] json(String name) {
    try {
      return Files.readAllBytes(DIR.resolve(name + ".json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A sample read into its model, pictures included. */
  static Leaflet read(String name) {
    return new LeafletReader().read(json(name), IMAGES);
  }

  /** A sample's JSON changed by {@code edit}, e.g. a text removed to see what the checks say. */
  static byte[] edited(String name, Consumer<ObjectNode> edit) {
    try {
      ObjectNode root = (ObjectNode) MAPPER.readTree(json(name));
      edit.accept(root);
      return MAPPER.writeValueAsBytes(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
