package vn.vanthu.rendering;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The sample inputs in {@code samples/}, listed from the directory so that new ones are picked up. */
final class Samples {

  /** The samples directory, relative to the project directory the tests run in. */
  static final Path DIR = Path.of("samples");

  private Samples() {}

  /** The names of every {@code samples/*.json}, without the extension, sorted. */
  static Stream<String> names() {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith(".json"))
          .map(f -> f.substring(0, f.length() - ".json".length()))
          .sorted()
          .toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether a sample exists. */
  static boolean exists(String name) {
    return Files.isRegularFile(DIR.resolve(name + ".json"));
  }

  /** The bytes of a sample. */
  static byte[] json(String name) {
    try {
      return Files.readAllBytes(DIR.resolve(name + ".json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
