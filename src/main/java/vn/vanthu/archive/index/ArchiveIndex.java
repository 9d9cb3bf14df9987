package vn.vanthu.archive.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import vn.vanthu.archive.analysis.QueryTuning;
import vn.vanthu.archive.analysis.SearchFields;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The on-disk Lucene index under {@code DATA/index}: one writer, a searcher manager refreshed in
 * the background so that a new document is searchable within a second, and a sentinel file with
 * the schema version. With more than one search thread, one query searches slices of the index in
 * parallel (a long question over a million documents visits every hit for its facets). Thread-safe.
 */
public final class ArchiveIndex implements Closeable {

  private static final String SENTINEL = "vanthu-index.json";
  /** How stale a search may be at most, and at least when a caller waits for its own write. */
  private static final double MAX_STALE_SECONDS = 0.5;
  private static final double MIN_STALE_SECONDS = 0.02;

  private final Path directory;
  private final Directory store;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ControlledRealTimeReopenThread<IndexSearcher> reopener;
  private final boolean rebuilt;
  private final @Nullable ExecutorService searchThreads;

  /** The fewest documents a slice is given: below that, a thread costs more than it saves. */
  static final int MIN_DOCS_PER_SLICE = 10_000;

  private ArchiveIndex(Path directory, boolean rebuilt, int threads, int minDocsPerSlice)
      throws IOException {
    this.directory = directory;
    this.rebuilt = rebuilt;
    this.searchThreads = threads > 1
        ? Executors.newFixedThreadPool(threads, Thread.ofPlatform().daemon()
            .name("vanthu-search-", 1).factory())
        : null;
    this.store = FSDirectory.open(directory);
    IndexWriterConfig config = new IndexWriterConfig(IndexSchema.analyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setSimilarity(QueryTuning.DEFAULTS.similarity())
        .setRAMBufferSizeMB(64);
    this.writer = new IndexWriter(store, config);
    // BM25 with the parameters measured on the ALQAC questions (docs/search-quality.md).
    this.searchers = new SearcherManager(writer, new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
        IndexSearcher searcher = searchThreads == null ? new IndexSearcher(reader)
            : new SlicedSearcher(reader, searchThreads, threads, minDocsPerSlice);
        searcher.setSimilarity(QueryTuning.DEFAULTS.similarity());
        return searcher;
      }
    });
    this.reopener = new ControlledRealTimeReopenThread<>(writer, searchers, MAX_STALE_SECONDS,
        MIN_STALE_SECONDS);
    reopener.setName("vanthu-index-reopen");
    reopener.setDaemon(true);
    reopener.start();
  }

  /**
   * Opens the index in a directory, wiping it first when it was written by another schema version
   * ({@link #wasRebuilt()} then tells the caller to fill it again from the store).
   */
  public static ArchiveIndex open(Path directory) {
    return open(directory, 1);
  }

  /** As {@link #open(Path)}, searching with up to {@code threads} threads per query. */
  public static ArchiveIndex open(Path directory, int threads) {
    return open(directory, threads, MIN_DOCS_PER_SLICE);
  }

  static ArchiveIndex open(Path directory, int threads, int minDocsPerSlice) {
    try {
      Files.createDirectories(directory);
      Path sentinel = directory.resolve(SENTINEL);
      String expected = sentinelText();
      boolean current = Files.exists(sentinel)
          && Files.readString(sentinel, StandardCharsets.UTF_8).equals(expected);
      if (!current) {
        wipe(directory);
      }
      ArchiveIndex index = new ArchiveIndex(directory, !current, threads, minDocsPerSlice);
      if (!current) {
        index.writer.commit();
        Files.writeString(sentinel, expected, StandardCharsets.UTF_8);
      }
      return index;
    } catch (org.apache.lucene.store.LockObtainFailedException e) {
      throw new IndexInUse(directory, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the index in " + directory, e);
    }
  }

  /** Whether opening found no index of the current schema, so the store must be indexed anew. */
  public boolean wasRebuilt() {
    return rebuilt;
  }

  /** Adds or replaces documents; searchable within a second (or at once after {@link #refresh}). */
  public void put(Collection<IndexedDocument> documents) {
    try {
      for (IndexedDocument document : documents) {
        writer.updateDocument(new Term(IndexSchema.ID, document.id()),
            IndexSchema.FACETS.build(IndexSchema.toLucene(document)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index documents", e);
    }
  }

  /** Makes every write so far visible to searches now. */
  public void refresh() {
    try {
      reopener.waitForGeneration(writer.getMaxCompletedSequenceNumber());
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot refresh the index", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Writes the index to disk; what was not committed is re-indexed from the store at start. */
  public void commit() {
    try {
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the index", e);
    }
  }

  /** Removes every document (before a full rebuild). */
  public void clear() {
    try {
      writer.deleteAll();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear the index", e);
    }
  }

  /** Whether a document is in the index. */
  public boolean contains(String id) {
    return withSearcher(s -> {
      try {
        return s.count(new TermQuery(new Term(IndexSchema.ID, id))) > 0;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Runs a function with a current searcher, released afterwards. */
  public <T> T withSearcher(Function<IndexSearcher, T> work) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return work.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the index", e);
    }
  }

  /** The directory of the index. */
  public Path directory() {
    return directory;
  }

  /** The number of documents indexed. */
  public int size() {
    return withSearcher(s -> s.getIndexReader().numDocs());
  }

  @Override
  public void close() throws IOException {
    reopener.close();
    searchers.close();
    writer.commit();
    writer.close();
    store.close();
    if (searchThreads != null) {
      searchThreads.shutdown();
    }
  }

  /**
   * Cuts the index into one slice per thread, of about equal numbers of documents (whole segments:
   * Lucene's default keeps up to 250,000 documents in one slice, so an archive of a few hundred
   * thousand would be searched on one thread).
   */
  private static final class SlicedSearcher extends IndexSearcher {
    private final int threads;
    private final int minDocsPerSlice;

    SlicedSearcher(IndexReader reader, ExecutorService executor, int threads,
        int minDocsPerSlice) {
      super(reader, executor);
      this.threads = threads;
      this.minDocsPerSlice = minDocsPerSlice;
    }

    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
      int documents = 0;
      for (LeafReaderContext leaf : leaves) {
        documents += leaf.reader().maxDoc();
      }
      int perSlice = Math.max(minDocsPerSlice, (documents + threads - 1) / threads);
      // Large segments are cut into partitions: merged, most of a big archive is one segment.
      return slices(leaves, perSlice, Integer.MAX_VALUE, true);
    }
  }

  /** The threads one search may use besides its own, or null when it uses its own alone. */
  @Nullable ExecutorService searchThreads() {
    return searchThreads;
  }

  /** The reader of a searcher, for facet state caching. */
  static DirectoryReader reader(IndexSearcher searcher) {
    return (DirectoryReader) searcher.getIndexReader();
  }

  private static String sentinelText() {
    return "{\"schema\": " + IndexSchema.VERSION + ", \"analysis\": "
        + SearchFields.ANALYSIS_VERSION + ", \"lucene\": \""
        + org.apache.lucene.util.Version.LATEST + "\"}\n";
  }

  private static void wipe(Path directory) throws IOException {
    try (var files = Files.list(directory)) {
      for (Path file : files.toList()) {
        if (Files.isRegularFile(file)) {
          Files.delete(file);
        }
      }
    }
  }
}
