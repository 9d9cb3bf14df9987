package vn.vanthu.archive;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.vanthu.document.Classification;
import vn.vanthu.document.DocumentType;

/**
 * The document, link and stored-file tables. Writes only insert, except the one PENDING → STORED
 * step and a person's correction of an imported document's detected metadata.
 */
@Repository
class DocumentRepository {

  private final JdbcClient jdbc;

  DocumentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insertFile(String sha256, long size, String mediaType, Timestamp at) {
    jdbc.sql("""
            insert into stored_file (sha256, size_bytes, media_type, created_at)
            values (:sha, :size, :type, :at) on conflict do nothing""")
        .param("sha", sha256).param("size", size).param("type", mediaType).param("at", at)
        .update();
  }

  void insert(ArchivedDocument d) {
    jdbc.sql("""
            insert into document (id, origin, state, parent_id, issuer, issuer_abbreviation,
              doc_type, type_name, number, symbol, number_text, series, register_year, issue_date, place,
              title, signer, classification, external_id, source_sha256, pdf_sha256,
              original_sha256, text_sha256, created_at, created_by)
            values (:id, :origin, :state, :parent, :issuer, :abbr, :type, :typeName, :number, :symbol,
              :numberText, :series, :year, :date, :place, :title, :signer, :classification,
              :external, :source, :pdf, :original, :text, :createdAt, :createdBy)""")
        .param("id", d.id()).param("origin", d.origin().name()).param("state", d.state().name())
        .param("parent", d.parentId()).param("issuer", d.issuer())
        .param("abbr", d.issuerAbbreviation())
        .param("type", d.type() == null ? null : d.type().code())
        .param("typeName", d.typeName())
        .param("number", d.number()).param("symbol", d.symbol())
        .param("numberText", d.numberText()).param("series", d.series())
        .param("year", d.registerYear())
        .param("date", d.issueDate() == null ? null : Date.valueOf(d.issueDate()))
        .param("place", d.place()).param("title", d.title()).param("signer", d.signer())
        .param("classification", d.classification() == null ? null : d.classification().code())
        .param("external", d.externalId()).param("source", d.sourceSha256())
        .param("pdf", d.pdfSha256()).param("original", d.originalSha256())
        .param("text", d.textSha256())
        .param("createdAt", Timestamp.from(d.createdAt())).param("createdBy", d.createdBy())
        .update();
  }

  /** Completes a pending document with its PDF; true if this call did it. */
  boolean completeWithPdf(String id, String pdfSha256) {
    return jdbc.sql("""
            update document set pdf_sha256 = :pdf, state = 'STORED'
            where (id = :id or parent_id = :id) and state = 'PENDING'""")
        .param("pdf", pdfSha256).param("id", id).update() > 0;
  }

  /** Replaces the metadata columns of an imported document (never its files or numbering). */
  void updateMetadata(ArchivedDocument d) {
    jdbc.sql("""
            update document set issuer = :issuer, doc_type = :type, type_name = :typeName,
              number_text = :numberText, issue_date = :date, place = :place, title = :title,
              signer = :signer, classification = :classification
            where id = :id and origin = 'IMPORTED' and source_sha256 is null""")
        .param("id", d.id()).param("issuer", d.issuer())
        .param("type", d.type() == null ? null : d.type().code())
        .param("typeName", d.typeName()).param("numberText", d.numberText())
        .param("date", d.issueDate() == null ? null : Date.valueOf(d.issueDate()))
        .param("place", d.place()).param("title", d.title()).param("signer", d.signer())
        .param("classification", d.classification() == null ? null : d.classification().code())
        .update();
  }

  Optional<ArchivedDocument> find(String id) {
    return jdbc.sql("select * from document where id = :id").param("id", id)
        .query(DocumentRepository::document).optional();
  }

  List<ArchivedDocument> findByNumberText(String numberText) {
    return jdbc.sql("select * from document where number_text = :n order by issue_date desc")
        .param("n", numberText).query(DocumentRepository::document).list();
  }

  Optional<ArchivedDocument> findByExternalId(String externalId) {
    return jdbc.sql("select * from document where external_id = :id").param("id", externalId)
        .query(DocumentRepository::document).optional();
  }

  List<ArchivedDocument> findByOriginal(String sha256) {
    return jdbc.sql("select * from document where original_sha256 = :sha")
        .param("sha", sha256).query(DocumentRepository::document).list();
  }

  /** The documents issued or archived from this source JSON, the decision before its attachments. */
  List<ArchivedDocument> findBySource(String sha256) {
    return jdbc.sql("""
            select * from document where source_sha256 = :sha
            order by case when parent_id is null then 0 else 1 end, created_at, id""")
        .param("sha", sha256).query(DocumentRepository::document).list();
  }

  List<ArchivedDocument> createdSince(java.time.Instant since) {
    return jdbc.sql("select * from document where created_at >= :since order by created_at, id")
        .param("since", Timestamp.from(since)).query(DocumentRepository::document).list();
  }

  List<ArchivedDocument> children(String parentId) {
    return jdbc.sql("select * from document where parent_id = :id order by created_at, id")
        .param("id", parentId).query(DocumentRepository::document).list();
  }

  List<ArchivedDocument> pending() {
    return jdbc.sql("select * from document where state = 'PENDING' and parent_id is null")
        .query(DocumentRepository::document).list();
  }

  List<ArchivedDocument> all() {
    return jdbc.sql("select * from document order by created_at, id")
        .query(DocumentRepository::document).list();
  }

  /** The documents imported with these external ids, by external id. */
  java.util.Map<String, ArchivedDocument> byExternalId(java.util.Collection<String> externalIds) {
    java.util.Map<String, ArchivedDocument> ids = new java.util.HashMap<>();
    List<String> all = List.copyOf(externalIds);
    // In slices: an IN list of a whole batch would exceed what some drivers bind at once.
    for (int from = 0; from < all.size(); from += 500) {
      jdbc.sql("select * from document where external_id in (:ids)")
          .param("ids", all.subList(from, Math.min(all.size(), from + 500)))
          .query(DocumentRepository::document).list()
          .forEach(d -> ids.put(d.externalId(), d));
    }
    return ids;
  }

  /**
   * Hands each document created since {@code since} to {@code action}, oldest first, one page at a
   * time: the index catches up with a million documents without holding them all in memory.
   */
  void forEachCreatedSince(java.time.Instant since, java.util.function.Consumer<ArchivedDocument> action) {
    Timestamp after = Timestamp.from(since);
    String afterId = "";
    while (true) {
      List<ArchivedDocument> page = jdbc.sql("""
              select * from document
              where created_at > :at or (created_at = :at and id > :id)
              order by created_at, id fetch first 1000 rows only""")
          .param("at", after).param("id", afterId).query(DocumentRepository::document).list();
      page.forEach(action);
      if (page.size() < 1000) {
        return;
      }
      ArchivedDocument last = page.get(page.size() - 1);
      after = Timestamp.from(last.createdAt());
      afterId = last.id();
    }
  }

  long count() {
    return jdbc.sql("select count(*) from document").query(Long.class).single();
  }

  String mediaType(String sha256) {
    return jdbc.sql("select media_type from stored_file where sha256 = :sha").param("sha", sha256)
        .query(String.class).optional().orElse("");
  }

  /**
   * The registered hashes in ascending order, read a page at a time (keyset paging on the primary
   * key), so that they can be merged with the files on disk without holding millions in memory.
   */
  java.util.Iterator<String> fileHashesAscending() {
    return new java.util.Iterator<>() {
      private List<String> page = List.of();
      private int next;
      private String after = "";
      private boolean exhausted;

      @Override
      public boolean hasNext() {
        if (next == page.size() && !exhausted) {
          page = jdbc.sql("""
                  select sha256 from stored_file where sha256 > :after
                  order by sha256 fetch first 1000 rows only""")
              .param("after", after).query(String.class).list();
          next = 0;
          exhausted = page.size() < 1000;
          if (!page.isEmpty()) {
            after = page.get(page.size() - 1);
          }
        }
        return next < page.size();
      }

      @Override
      public String next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return page.get(next++);
      }
    };
  }

  /**
   * The hashes that a document names but the stored_file table does not hold, ascending. The
   * foreign keys forbid this; it happens only to a database edited by hand or restored in part.
   */
  List<String> unregisteredHashes() {
    return jdbc.sql("""
            select distinct named.sha256 from (
              select source_sha256 as sha256 from document
              union all select pdf_sha256 from document
              union all select original_sha256 from document
              union all select text_sha256 from document) named
            where named.sha256 is not null
              and not exists (select 1 from stored_file f where f.sha256 = named.sha256)
            order by named.sha256""")
        .query(String.class).list();
  }

  void insertLink(DocumentLink link) {
    jdbc.sql("insert into document_link (from_id, to_id, relation) values (:from, :to, :rel)")
        .param("from", link.fromId()).param("to", link.toId()).param("rel", link.relation())
        .update();
  }

  /** Links from or to a document. */
  List<DocumentLink> links(String id) {
    return jdbc.sql("""
            select from_id, to_id, relation from document_link
            where from_id = :id or to_id = :id order by relation, from_id, to_id""")
        .param("id", id)
        .query((rs, row) -> new DocumentLink(rs.getString(1), rs.getString(2), rs.getString(3)))
        .list();
  }

  /** Hands every link to {@code action} in key order, a page at a time (for backups). */
  void forEachLink(java.util.function.Consumer<DocumentLink> action) {
    DocumentLink after = new DocumentLink("", "", "");
    while (true) {
      List<DocumentLink> page = jdbc.sql("""
              select from_id, to_id, relation from document_link
              where from_id > :from or (from_id = :from and to_id > :to)
                or (from_id = :from and to_id = :to and relation > :rel)
              order by from_id, to_id, relation fetch first 1000 rows only""")
          .param("from", after.fromId()).param("to", after.toId()).param("rel", after.relation())
          .query((rs, row) -> new DocumentLink(rs.getString(1), rs.getString(2), rs.getString(3)))
          .list();
      page.forEach(action);
      if (page.size() < 1000) {
        return;
      }
      after = page.get(page.size() - 1);
    }
  }

  static ArchivedDocument document(ResultSet rs, int row) throws SQLException {
    Date date = rs.getDate("issue_date");
    String type = rs.getString("doc_type");
    String classification = rs.getString("classification");
    return new ArchivedDocument(
        rs.getString("id"),
        DocumentOrigin.valueOf(rs.getString("origin")),
        DocumentState.valueOf(rs.getString("state")),
        rs.getString("parent_id"),
        rs.getString("issuer"),
        rs.getString("issuer_abbreviation"),
        type == null ? null : DocumentType.fromCode(type).orElse(null),
        rs.getString("type_name"),
        integer(rs, "number"),
        rs.getString("symbol"),
        rs.getString("number_text"),
        rs.getString("series"),
        integer(rs, "register_year"),
        date == null ? null : date.toLocalDate(),
        rs.getString("place"),
        rs.getString("title"),
        rs.getString("signer"),
        classification == null ? null : Classification.fromCode(classification).orElse(null),
        rs.getString("external_id"),
        rs.getString("source_sha256"),
        rs.getString("pdf_sha256"),
        rs.getString("original_sha256"),
        rs.getString("text_sha256"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getString("created_by"));
  }

  private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }
}
