package vn.vanthu.rendering;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One renderer per process: fonts, templates and CSS are loaded at start, not per request. */
@Configuration(proxyBeanMethods = false)
class RenderingConfiguration {

  @Bean
  DocumentRenderer documentRenderer(RenderingSettings settings) {
    return new DocumentRenderer(settings);
  }
}
