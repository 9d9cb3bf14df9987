package vn.vanthu.archive;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the embedded H2 file from growing without end. H2 rewrites half-empty chunks of its file
 * in a background writer that runs only when commits are written late; with WRITE_DELAY=0, which
 * makes every commit durable, nothing does, and freed space is reused only where a whole chunk
 * died. Every commit rewrites whole B-tree pages, and random keys (ids, checksums) scatter the
 * survivors over many chunks: a bulk import of 20,000 documents left a 502 MB file holding 19 MB
 * of data, and the 1,000,000 run filled the disk at 64 GB. Every two seconds this forces what was
 * written to disk, then moves the live pages out of the emptiest chunks, a bounded amount at a
 * time, so that the space of the old ones is reused.
 *
 * <p>Chunks are kept for a few seconds after they die, not H2's default 45: the default guards
 * against a disk that has not yet written the chunks that replaced them, and here those are forced
 * to disk before every round. With the default, the chunks an import writes in 45 seconds are
 * all still held, and no compaction can catch up.
 *
 * <p>Only the process that opened the file holds its store; a CLI connected to the service's
 * database (AUTO_SERVER) or a PostgreSQL deployment has nothing to do here.
 */
@Component
final class EmbeddedDatabaseCompaction {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseCompaction.class);

  /** Compaction starts when less than this share of the chunks' bytes is live. */
  static final int TARGET_FILL_RATE = 80;

  /** How long a dead chunk is kept; longer than a round, so that it was forced to disk first. */
  static final int RETENTION_MILLIS = 5_000;

  /** At most this much live data is moved per run, so that a run stays short. */
  private static final int BYTES_PER_RUN = 16 * 1024 * 1024;

  private final DataSource dataSource;
  private final int retentionMillis;
  private @Nullable MVStore store;
  private boolean notEmbedded;

  @Autowired
  EmbeddedDatabaseCompaction(DataSource dataSource) {
    this(dataSource, RETENTION_MILLIS);
  }

  EmbeddedDatabaseCompaction(DataSource dataSource, int retentionMillis) {
    this.dataSource = dataSource;
    this.retentionMillis = retentionMillis;
  }

  @Scheduled(fixedDelay = 2_000, initialDelay = 2_000)
  void compactPeriodically() {
    compact();
  }

  /** One bounded round; true if live data was moved. */
  synchronized boolean compact() {
    MVStore mvStore = store();
    if (mvStore == null || mvStore.isClosed() || mvStore.isReadOnly()) {
      return false;
    }
    try {
      mvStore.getFileStore().sync();
      if (mvStore.compact(TARGET_FILL_RATE, BYTES_PER_RUN)) {
        // The moved pages are written with the next commit; make it now, not at the next insert.
        mvStore.tryCommit();
        return true;
      }
      return false;
    } catch (RuntimeException e) {
      // Compaction is housekeeping: a failed round loses nothing, and the next one tries again.
      // A store closed under it (the process stopping) is not worth a line in a CLI's output.
      if (!mvStore.isClosed()) {
        log.warn("Compacting the embedded database failed: {}", e.toString());
      }
      return false;
    }
  }

  /** The store behind the embedded database, or null if the data source is not one. */
  @Nullable MVStore store() {
    if (store != null && !store.isClosed()) {
      return store;
    }
    if (notEmbedded) {
      return null;
    }
    try (Connection connection = dataSource.getConnection()) {
      if (connection.isWrapperFor(JdbcConnection.class)) {
        Session session = connection.unwrap(JdbcConnection.class).getSession();
        if (session instanceof SessionLocal local && local.getDatabase().getStore() != null) {
          MVStore found = local.getDatabase().getStore().getMvStore();
          if (found.getFileStore() != null) {
            found.getFileStore().setRetentionTime(retentionMillis);
            store = found;
            return found;
          }
        }
      }
      notEmbedded = true;
      return null;
    } catch (SQLException | RuntimeException e) {
      log.debug("No embedded database to compact: {}", e.toString());
      return null;
    }
  }
}
