package vn.vanthu.leaflet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.vanthu.rendering.RenderingSettings;

/** One leaflet renderer per process: fonts, templates and glossary are loaded once, at start. */
@Configuration(proxyBeanMethods = false)
class LeafletConfiguration {

  @Bean
  LeafletRendering leafletRendering(RenderingSettings settings) {
    return new LeafletRendering(new LeafletRenderer(settings));
  }
}
