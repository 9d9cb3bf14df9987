package vn.vanthu.archive;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the archive lives ({@code vanthu.*}).
 *
 * @param dataDir the data directory: database (embedded default), files, index
 * @param loadSamples whether a new, empty archive issues the documents in {@code samples/}
 * @param indexDir the search index; {@code DATA/index} by default. Each service instance needs its
 *     own (the index is derived, and every instance catches up with the shared database)
 * @param orphanGrace how old a file with no record must be before start-up deletes it: zero for
 *     the embedded database (one process), longer for a shared PostgreSQL where another instance
 *     may be between writing a file and committing its record
 * @param searchThreads how many threads one search may use (slices of the index searched in
 *     parallel); the processors by default, 1 to search on the caller's thread alone
 */
@ConfigurationProperties("vanthu")
public record ArchiveSettings(
    @Nullable Path dataDir, @Nullable Boolean loadSamples, @Nullable Path indexDir,
    @Nullable Duration orphanGrace, @Nullable Integer searchThreads) {

  public ArchiveSettings {
    dataDir = dataDir == null ? Path.of("data") : dataDir;
    loadSamples = loadSamples == null || loadSamples;
    orphanGrace = orphanGrace == null ? Duration.ZERO : orphanGrace;
    indexDir = indexDir == null ? dataDir.resolve("index") : indexDir;
    searchThreads = searchThreads == null
        ? Runtime.getRuntime().availableProcessors() : Math.max(1, searchThreads);
  }

  /** The directory of the content-addressed file store. */
  public Path filesDir() {
    return dataDir.resolve("files");
  }
}
