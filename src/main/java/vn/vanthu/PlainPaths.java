package vn.vanthu;

import java.beans.PropertyEditorSupport;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.beans.factory.config.CustomEditorConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Settings that name a directory ({@code vanthu.rendering.templates-dir=templates},
 * {@code vanthu.data-dir=data}) mean that directory, relative to the working directory. Spring's
 * own {@code PathEditor} first looks the text up as a class-path resource, so {@code templates}
 * would silently become the web pages' {@code classpath:templates/} instead of the agency's
 * templates.
 */
@Configuration(proxyBeanMethods = false)
class PlainPaths {

  @Bean
  static CustomEditorConfigurer plainPathEditor() {
    CustomEditorConfigurer configurer = new CustomEditorConfigurer();
    configurer.setCustomEditors(Map.of(Path.class, PlainPathEditor.class));
    return configurer;
  }

  /** Text to a path, as {@link Path#of} reads it. */
  static final class PlainPathEditor extends PropertyEditorSupport {
    @Override
    public void setAsText(String text) {
      setValue(Path.of(text.strip()));
    }
  }
}
