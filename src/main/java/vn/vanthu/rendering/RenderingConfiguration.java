package vn.vanthu.rendering;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One renderer per process: fonts, templates and CSS are loaded at start, not per request. */
@Configuration(proxyBeanMethods = false)
class RenderingConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(RenderingConfiguration.class);

  /** The service renders many documents: its fonts are reduced to the repertoire at start. */
  @Bean
  DocumentRenderer documentRenderer(RenderingSettings settings) {
    DocumentRenderer renderer = new DocumentRenderer(settings);
    renderer.prepareForMany();
    return renderer;
  }

  /**
   * Once the service is up, warms the renderer on a background thread, so that the first request
   * does not pay for class loading and compilation. Only in the web service: command-line tools
   * start their own context and render straight away. Off with
   * {@code vanthu.rendering.warm-up=false}.
   */
  @Bean
  @ConditionalOnWebApplication
  @ConditionalOnProperty(name = "vanthu.rendering.warm-up", havingValue = "true",
      matchIfMissing = true)
  ApplicationListener<ApplicationReadyEvent> rendererWarmUp(DocumentRenderer renderer) {
    return event -> Thread.ofPlatform().daemon().name("renderer-warm-up").start(() -> {
      try {
        long millis = RendererWarmUp.run(renderer, RendererWarmUp.RENDERS);
        LOG.info("renderer warmed up: {} documents in {} ms", RendererWarmUp.RENDERS, millis);
      } catch (RuntimeException e) {
        // The service works without it; its first documents are only slower.
        LOG.warn("renderer warm-up failed: {}", e.toString());
      }
    });
  }
}
