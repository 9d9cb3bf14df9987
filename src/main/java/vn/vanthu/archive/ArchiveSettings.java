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
 * @param orphanGrace how old a file with no record must be before start-up deletes it: zero for
 *     the embedded database (one process), longer for a shared PostgreSQL where another instance
 *     may be between writing a file and committing its record
 */
@ConfigurationProperties("vanthu")
public record ArchiveSettings(
    @Nullable Path dataDir, @Nullable Boolean loadSamples, @Nullable Duration orphanGrace) {

  public ArchiveSettings {
    dataDir = dataDir == null ? Path.of("data") : dataDir;
    loadSamples = loadSamples == null || loadSamples;
    orphanGrace = orphanGrace == null ? Duration.ZERO : orphanGrace;
  }

  /** The directory of the content-addressed file store. */
  public Path filesDir() {
    return dataDir.resolve("files");
  }
}
