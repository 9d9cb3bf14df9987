package vn.vanthu.rendering;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the renderer finds its templates and fonts ({@code vanthu.rendering.*}).
 *
 * @param templatesDir the Thymeleaf templates and CSS; when the directory does not exist, the
 *     copy packaged in the jar is used
 * @param fontsDir the bundled TrueType fonts and their licences; same fallback
 * @param extraFontsDir fonts that take precedence over the bundled ones, e.g. a licensed Times
 *     New Roman; may be null
 */
@ConfigurationProperties("vanthu.rendering")
public record RenderingSettings(
    @Nullable Path templatesDir, @Nullable Path fontsDir, @Nullable Path extraFontsDir) {

  public RenderingSettings {
    templatesDir = templatesDir == null ? Path.of("templates") : templatesDir;
    fontsDir = fontsDir == null ? Path.of("fonts") : fontsDir;
  }

  /** The defaults: {@code templates/} and {@code fonts/} in the working directory. */
  public static RenderingSettings defaults() {
    return new RenderingSettings(null, null, null);
  }
}
