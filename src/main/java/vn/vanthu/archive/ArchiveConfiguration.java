package vn.vanthu.archive;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.vanthu.archive.store.ContentStore;

/** The archive's file store and clock. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ArchiveConfiguration {

  @Bean
  ContentStore contentStore(ArchiveSettings settings) {
    return new ContentStore(settings.filesDir());
  }

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }
}
