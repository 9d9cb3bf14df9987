package vn.vanthu.archive;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import vn.vanthu.archive.index.ArchiveIndex;
import vn.vanthu.archive.index.IndexSchema;
import vn.vanthu.archive.index.IndexSearch;
import vn.vanthu.archive.index.IndexedDocument;
import vn.vanthu.archive.store.ContentStore;
import vn.vanthu.document.AttachedDocument;
import vn.vanthu.document.Classification;
import vn.vanthu.document.DocumentReader;
import vn.vanthu.document.OfficialDocument;
import vn.vanthu.rendering.PlainText;

/**
 * Search over the archive. The index is derived from the store: documents are added as they are
 * stored, and {@link #reindex} rebuilds it from the store (which also happens by itself when the
 * index's schema or analysis changes).
 */
@Service
@Lazy
public class ArchiveSearch {

  private static final Logger log = LoggerFactory.getLogger(ArchiveSearch.class);

  private final ArchiveIndex index;
  private final IndexSearch search;
  private final DocumentRepository documents;
  private final ContentStore files;
  private final DocumentReader reader = new DocumentReader();
  private java.time.@Nullable Instant lastReconciled;
  private boolean rebuiltOnce;

  ArchiveSearch(ArchiveSettings settings, DocumentRepository documents, ContentStore files) {
    this.index = ArchiveIndex.open(settings.indexDir(), settings.searchThreads());
    this.search = new IndexSearch(index);
    this.documents = documents;
    this.files = files;
  }

  /** One page of results, with facets, for a reader cleared up to {@code clearance}. */
  public SearchResults search(SearchQuery query, @Nullable Classification clearance) {
    return search.search(query, level(clearance));
  }

  /** Documents like the given one, among those the reader may see. */
  public SearchResults similar(String id, @Nullable Classification clearance, int size) {
    return search.similar(id, level(clearance), size);
  }

  /** Indexes a stored document (and is idempotent: a document indexed twice is there once). */
  public void add(ArchivedDocument document) {
    index.put(List.of(indexed(document)));
  }

  /** Indexes a stored document and the documents attached to it. */
  public void add(String id) {
    documents.find(id).ifPresent(this::add);
    documents.children(id).forEach(this::add);
  }

  /** Indexes stored documents (and those attached to them) in one write; for bulk imports. */
  public void addAll(java.util.Collection<String> ids) {
    List<IndexedDocument> batch = new ArrayList<>(ids.size());
    for (String id : ids) {
      // An imported JSONL line answers to the id it came with.
      documents.find(id).or(() -> documents.findByExternalId(id)).ifPresent(d -> {
        batch.add(indexed(d));
        documents.children(d.id()).forEach(child -> batch.add(indexed(child)));
      });
    }
    index.put(batch);
  }

  /** Makes all additions visible to searches now (tests, and clerks who search what they issued). */
  public void refresh() {
    index.refresh();
  }

  /** Empties the index and fills it again from the store; returns the number of documents. */
  public int reindex() {
    index.clear();
    int count = 0;
    List<IndexedDocument> batch = new ArrayList<>();
    int[] counted = {0};
    documents.forEachCreatedSince(java.time.Instant.EPOCH, document -> {
      if (document.state() == DocumentState.STORED) {
        batch.add(indexed(document));
        counted[0]++;
      }
      if (batch.size() >= 500) {
        index.put(batch);
        batch.clear();
      }
    });
    index.put(batch);
    count = counted[0];
    index.commit();
    index.refresh();
    return count;
  }

  /**
   * Brings the index up to date with the store: rebuilt if its schema changed, else topped up
   * with the stored documents it lacks (written by the CLI or another instance, or lost in a
   * crash before the index committed).
   */
  public synchronized int reconcile() {
    java.time.Instant since = lastReconciled == null ? java.time.Instant.EPOCH
        : lastReconciled.minusSeconds(60);
    lastReconciled = java.time.Instant.now();
    int rebuilt = rebuildIfNeeded();
    if (rebuilt >= 0) {
      return rebuilt;
    }
    int[] counted = {0};
    documents.forEachCreatedSince(since, document -> {
      String indexId = document.externalId() != null ? document.externalId() : document.id();
      if (document.state() == DocumentState.STORED && !index.contains(indexId)) {
        add(document);
        counted[0]++;
      }
    });
    int added = counted[0];
    if (added > 0) {
      index.commit();
      log.info("index topped up from the store: {} documents", added);
    }
    index.refresh();
    return added;
  }

  /**
   * Rebuilds the index from the store if it was written with another schema or analysis; returns
   * the number of documents indexed, or -1 when the index was current.
   */
  public synchronized int rebuildIfNeeded() {
    if (!index.wasRebuilt() || rebuiltOnce) {
      return -1;
    }
    rebuiltOnce = true;
    int count = reindex();
    log.info("index built from the store: {} documents", count);
    return count;
  }

  /** Makes what was added durable and visible. */
  public void commit() {
    index.commit();
    index.refresh();
  }

  /** Brings the index up to date (see {@link #reconcile}); returns how many documents it holds. */
  public int reconcileCount() {
    reconcile();
    return size();
  }

  /** How many documents the index holds. */
  public int size() {
    return index.size();
  }

  @Scheduled(fixedDelay = 5_000)
  void commitPeriodically() {
    index.commit();
  }

  @PreDestroy
  void close() throws IOException {
    index.close();
  }

  private static int level(@Nullable Classification clearance) {
    return clearance == null ? 0 : clearance.ordinal() + 1;
  }

  /** What the index keeps of a document: its metadata and its words. */
  private IndexedDocument indexed(ArchivedDocument d) {
    String typeCode = d.type() != null ? d.type().code()
        : d.typeName() == null ? null : IndexSchema.typeCode(d.typeName());
    return new IndexedDocument(d.externalId() != null ? d.externalId() : d.id(), d.numberText(),
        typeCode, d.typeName(), d.issuer(), d.issueDate(),
        d.classification() == null ? null : d.classification().code(),
        d.classification() == null ? 0 : d.classification().ordinal() + 1, d.title(), d.signer(),
        text(d));
  }

  private String text(ArchivedDocument d) {
    if (d.textSha256() != null) {
      return new String(files.read(d.textSha256()), StandardCharsets.UTF_8);
    }
    if (d.sourceSha256() == null) {
      return d.title() == null ? "" : d.title();
    }
    OfficialDocument source = reader.read(files.read(d.sourceSha256()));
    if (d.origin() == DocumentOrigin.ATTACHED) {
      List<AttachedDocument> attached = source.attachments();
      for (int i = 0; i < attached.size(); i++) {
        if (attached.get(i).subject().equals(d.title())) {
          return PlainText.ofAttachment(source, i);
        }
      }
    }
    return PlainText.of(source);
  }
}
