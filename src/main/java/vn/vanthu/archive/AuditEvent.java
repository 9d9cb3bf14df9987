package vn.vanthu.archive;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of the append-only audit log.
 *
 * @param id its sequence number
 * @param occurredAt when
 * @param actor who
 * @param action ISSUED, VIEWED, DOWNLOADED, EXPORTED, IMPORTED …
 * @param documentId the document concerned, if any
 * @param detail a short human-readable detail
 */
public record AuditEvent(
    long id, Instant occurredAt, String actor, String action, @Nullable String documentId,
    @Nullable String detail) {}
