package vn.vanthu.archive;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the service's index in step with the store: rebuilt or topped up at start, each newly
 * stored document added at once, and every two seconds a catch-up with what other processes (the
 * CLI, other instances on a shared database) stored. Only the service holds the index writer.
 */
@Component
@Order(1)
@ConditionalOnWebApplication
class ArchiveIndexing implements ApplicationRunner {

  private final ArchiveSearch search;

  ArchiveIndexing(ArchiveSearch search) {
    this.search = search;
  }

  @Override
  public void run(ApplicationArguments args) {
    search.reconcile();
  }

  @EventListener
  void on(DocumentStored stored) {
    search.add(stored.id());
  }

  @Scheduled(fixedDelay = 2_000, initialDelay = 2_000)
  void catchUp() {
    search.reconcile();
  }
}
