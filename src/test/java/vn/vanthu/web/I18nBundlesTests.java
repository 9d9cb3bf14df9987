package vn.vanthu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages are translated completely: every message bundle named in {@code spring.messages.basename}
 * has the same keys in Vietnamese (the default file) and English, and no UI template carries text
 * of its own outside the bundles.
 */
class I18nBundlesTests {

  private static final Path BASE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
  private static final Path RESOURCES = BASE.resolve("src/main/resources");
  private static final Path UI_TEMPLATES = RESOURCES.resolve("templates/ui");

  /** Attributes a user reads or a screen reader speaks; they must come from the bundles too. */
  private static final Set<String> TEXT_ATTRIBUTES =
      Set.of("placeholder", "title", "alt", "aria-label", "value", "label", "data-confirm");
  private static final Pattern TEXT_NODE = Pattern.compile(">([^<]+)<");
  private static final Pattern ATTRIBUTE =
      Pattern.compile("\\s([a-zA-Z:-]+)\\s*=\\s*\"([^\"]*)\"");
  private static final Pattern TAG = Pattern.compile("<([a-zA-Z][^>]*)>");

  @Test
  void everyBundleHasTheSameKeysInVietnameseAndEnglish() throws IOException {
    List<String> basenames = basenames();
    assertThat(basenames).contains("i18n/messages");
    for (String basename : basenames) {
      Path vi = RESOURCES.resolve(basename + ".properties");
      Path en = RESOURCES.resolve(basename + "_en.properties");
      if (basename.equals("i18n/messages")) {
        assertThat(vi).exists();
      }
      assertThat(Files.exists(en)).as("%s: _en exists exactly when the default file does", basename)
          .isEqualTo(Files.exists(vi));
      if (!Files.exists(vi)) {
        continue;
      }
      Set<String> viKeys = keys(vi);
      Set<String> enKeys = keys(en);
      Set<String> onlyVi = new TreeSet<>(viKeys);
      onlyVi.removeAll(enKeys);
      Set<String> onlyEn = new TreeSet<>(enKeys);
      onlyEn.removeAll(viKeys);
      assertThat(onlyVi).as("keys of %s missing from its English file", basename).isEmpty();
      assertThat(onlyEn).as("keys of %s_en missing from its Vietnamese file", basename).isEmpty();
      assertThat(blankValues(vi)).as("blank messages in %s", vi.getFileName()).isEmpty();
      assertThat(blankValues(en)).as("blank messages in %s", en.getFileName()).isEmpty();
    }
  }

  @Test
  void uiTemplatesHaveNoLiteralText() throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.walk(UI_TEMPLATES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        problems.addAll(literalText(UI_TEMPLATES.relativize(file).toString(),
            Files.readString(file, StandardCharsets.UTF_8)));
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theCheckFindsLiteralTextAndAttributes() {
    assertThat(literalText("t.html", "<p>Tra cứu</p>")).hasSize(1);
    assertThat(literalText("t.html", "<input placeholder=\"Từ khóa\">")).hasSize(1);
    assertThat(literalText("t.html", "<p th:text=\"#{a}\"> </p><input th:placeholder=\"#{b}\">"))
        .isEmpty();
    assertThat(literalText("t.html", "<input type=\"submit\" value=\"Gửi\">")).hasSize(1);
    assertThat(literalText("t.html", "<button name=\"action\" value=\"issue\"></button>")).isEmpty();
    assertThat(literalText("t.html", "<!--/* a comment, not text */--><p>&nbsp;·</p>")).isEmpty();
  }

  /** Text nodes and user-facing attributes that do not come from a message bundle. */
  static List<String> literalText(String name, String html) {
    String stripped = html.replaceAll("(?s)<!--.*?-->", "")
        .replaceAll("(?s)<script[^>]*>.*?</script>", "<script></script>")
        .replaceAll("(?s)<style[^>]*>.*?</style>", "<style></style>")
        .replaceAll("(?i)<!DOCTYPE[^>]*>", "");
    List<String> problems = new ArrayList<>();
    Matcher text = TEXT_NODE.matcher(stripped);
    while (text.find()) {
      String words = text.group(1).replaceAll("&[a-zA-Z]+;|&#\\d+;|[·|/•:()\\-–—]", "").strip();
      if (!words.isEmpty()) {
        problems.add(name + ": literal text '" + words + "'");
      }
    }
    Matcher tag = TAG.matcher(stripped);
    while (tag.find()) {
      Matcher attribute = ATTRIBUTE.matcher(tag.group(1));
      while (attribute.find()) {
        String attributeName = attribute.group(1);
        // value is words on the screen only on an input button; elsewhere it is data.
        boolean userFacing = TEXT_ATTRIBUTES.contains(attributeName) && (!attributeName.equals(
            "value") || tag.group(1).matches("(?s)input[^>]*type=\"(submit|button|reset)\".*"));
        if (userFacing && !attribute.group(2).isBlank()) {
          problems.add(name + ": literal attribute " + attributeName + "=\"" + attribute.group(2)
              + "\"");
        }
      }
    }
    return problems;
  }

  private static List<String> basenames() throws IOException {
    Properties application = load(RESOURCES.resolve("application.properties"));
    String basename = application.getProperty("spring.messages.basename", "");
    return Stream.of(basename.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static Set<String> keys(Path file) throws IOException {
    return new TreeSet<>(load(file).stringPropertyNames());
  }

  private static Set<String> blankValues(Path file) throws IOException {
    Properties properties = load(file);
    Set<String> blank = new TreeSet<>();
    properties.stringPropertyNames().stream()
        .filter(key -> properties.getProperty(key).isBlank()).forEach(blank::add);
    return blank;
  }

  private static Properties load(Path file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
