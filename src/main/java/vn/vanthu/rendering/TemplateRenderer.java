package vn.vanthu.rendering;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;
import vn.vanthu.document.VietnameseText;

/**
 * Renders a view into well-formed XHTML with a dedicated Thymeleaf engine in HTML mode. Templates
 * and CSS are parsed once; the CSS is inlined so that the XHTML is self-contained and the PDF engine
 * never has to fetch anything.
 */
public final class TemplateRenderer {

  private static final String PACKAGED = "vanthu-templates/";

  private final SpringTemplateEngine engine;
  private final String documentCss;

  public TemplateRenderer(RenderingSettings settings) {
    Path dir = settings.templatesDir();
    boolean external = Files.isDirectory(dir);
    AbstractConfigurableTemplateResolver resolver = external
        ? new FileTemplateResolver() : new ClassLoaderTemplateResolver();
    resolver.setPrefix(external ? dir.toAbsolutePath().normalize() + "/" : PACKAGED);
    resolver.setSuffix(".html");
    // HTML, which the .html suffix would choose anyway: XML mode writes every Vietnamese letter
    // as a character reference (&#x1ebf;), three times the XHTML for the same PDF.
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    this.engine = new SpringTemplateEngine();
    engine.setEnableSpringELCompiler(true);
    engine.setTemplateResolver(resolver);
    this.documentCss = readCss(external ? dir : null, "css/nd30.css");
  }

  /** The XHTML of an official document. */
  public String render(DocumentView view) {
    return render(view.template(), Map.of("doc", view, "css", documentCss));
  }

  /** The XHTML of any template, with the given variables. */
  public String render(String template, Map<String, Object> variables) {
    Context context = new Context(VietnameseText.LOCALE, variables);
    return engine.process(template, context);
  }

  /** Reads a stylesheet from the templates directory, or from the packaged copy. */
  public static String readCss(Path dir, String name) {
    try {
      if (dir != null) {
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
      }
      try (InputStream in = TemplateRenderer.class.getClassLoader()
          .getResourceAsStream(PACKAGED + name)) {
        if (in == null) {
          throw new IllegalStateException("packaged stylesheet missing: " + name);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read stylesheet " + name, e);
    }
  }
}
