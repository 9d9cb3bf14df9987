package vn.vanthu.archive.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Abbreviations and what they stand for ({@code BHXH = bảo hiểm xã hội}), read from a text file.
 *
 * <p>Format: one {@code ABBREVIATION = expansion} per line, several expansions separated by
 * {@code |} or given on repeated lines, {@code #} starts a comment. Look-ups ignore case and
 * diacritics ({@code QĐ}, {@code QD} and {@code qđ} are one key), because that is how users type
 * abbreviations.
 */
public final class AbbreviationDictionary {

  /** The class-path resource with the built-in dictionary. */
  public static final String DEFAULT_RESOURCE = "/vanthu/abbreviations.txt";

  private static final AbbreviationDictionary EMPTY = new AbbreviationDictionary(Map.of());

  private final Map<String, List<String>> expansions;

  private AbbreviationDictionary(Map<String, List<String>> expansions) {
    this.expansions = expansions;
  }

  /** The built-in dictionary, {@link #DEFAULT_RESOURCE}. */
  public static AbbreviationDictionary defaults() {
    return Defaults.INSTANCE;
  }

  /** A dictionary that knows no abbreviation. */
  public static AbbreviationDictionary empty() {
    return EMPTY;
  }

  /** Reads a configured dictionary file (UTF-8). */
  public static AbbreviationDictionary load(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString());
    }
  }

  /** Reads a dictionary; {@code source} names it in error messages. */
  public static AbbreviationDictionary read(Reader reader, String source) throws IOException {
    Map<String, List<String>> entries = new LinkedHashMap<>();
    BufferedReader lines = new BufferedReader(reader);
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      int hash = line.indexOf('#');
      String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (content.isEmpty()) {
        continue;
      }
      int equals = content.indexOf('=');
      String key = equals > 0 ? Folding.fold(content.substring(0, equals).strip()) : "";
      if (key.isEmpty() || key.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException(
            source + ":" + number + ": expected 'ABBREVIATION = expansion', got '" + line + "'");
      }
      for (String expansion : content.substring(equals + 1).split("\\|")) {
        String text = Normalizer.normalize(expansion.strip(), Normalizer.Form.NFC);
        if (text.isEmpty()) {
          throw new IllegalArgumentException(source + ":" + number + ": empty expansion");
        }
        entries.computeIfAbsent(key, k -> new ArrayList<>()).add(text);
      }
    }
    Map<String, List<String>> frozen = new LinkedHashMap<>();
    entries.forEach((key, list) -> frozen.put(key, List.copyOf(list)));
    return new AbbreviationDictionary(Map.copyOf(frozen));
  }

  /** What {@code abbreviation} stands for, in the dictionary's order; empty if unknown. */
  public List<String> expansions(String abbreviation) {
    return expansions.getOrDefault(Folding.fold(abbreviation), List.of());
  }

  /** Every entry, keyed by the folded lower-case abbreviation. */
  public Map<String, List<String>> entries() {
    return expansions;
  }

  /** The number of abbreviations. */
  public int size() {
    return expansions.size();
  }

  /** Loads the built-in dictionary once, on first use. */
  private static final class Defaults {
    static final AbbreviationDictionary INSTANCE = loadDefault();

    private static AbbreviationDictionary loadDefault() {
      try (InputStream in = AbbreviationDictionary.class.getResourceAsStream(DEFAULT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing class-path resource " + DEFAULT_RESOURCE);
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8), DEFAULT_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
