package vn.vanthu.archive;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who issued, viewed, downloaded, exported what and when. Append-only: there is no update or delete. */
@Component
public class AuditLog {

  private final JdbcClient jdbc;
  private final Clock clock;

  AuditLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Appends an event. */
  public void record(String actor, String action, @Nullable String documentId,
      @Nullable String detail) {
    jdbc.sql("""
            insert into audit_event (occurred_at, actor, action, document_id, detail)
            values (:at, :actor, :action, :doc, :detail)""")
        .param("at", Timestamp.from(clock.instant()))
        .param("actor", actor).param("action", action).param("doc", documentId)
        .param("detail", detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000))
        .update();
  }

  /** The history of one document, oldest first. */
  public List<AuditEvent> of(String documentId) {
    return jdbc.sql("select * from audit_event where document_id = :doc order by id")
        .param("doc", documentId).query(AuditLog::event).list();
  }

  /** The whole log, oldest first. */
  public List<AuditEvent> all() {
    return jdbc.sql("select * from audit_event order by id").query(AuditLog::event).list();
  }

  /** Hands the whole log to {@code action}, oldest first, a page at a time (for backups). */
  void forEach(java.util.function.Consumer<AuditEvent> action) {
    long after = Long.MIN_VALUE;
    while (true) {
      List<AuditEvent> page = jdbc.sql("""
              select * from audit_event where id > :after order by id fetch first 1000 rows only""")
          .param("after", after).query(AuditLog::event).list();
      page.forEach(action);
      if (page.size() < 1000) {
        return;
      }
      after = page.get(page.size() - 1).id();
    }
  }

  private static AuditEvent event(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new AuditEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
        rs.getString("actor"), rs.getString("action"), rs.getString("document_id"),
        rs.getString("detail"));
  }
}
