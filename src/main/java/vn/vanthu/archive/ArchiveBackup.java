package vn.vanthu.archive;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vanthu.archive.store.ContentStore;
import vn.vanthu.numbering.Register;
import vn.vanthu.numbering.RegisterEntry;

/**
 * Complete, self-describing backups: {@code backup.json} (documents, links, register, audit log,
 * the list of files), every stored file under {@code files/}, and {@code SHA256SUMS} to check them
 * with {@code sha256sum -c}. A backup restores only into an empty installation.
 */
@Service
public class ArchiveBackup {

  /** The name of the metadata file of a backup. */
  public static final String METADATA = "backup.json";

  /** The layout version of a backup. */
  public static final int FORMAT_VERSION = 1;

  /** Everything in a backup besides the files themselves. */
  public record Contents(String format, int version, Instant createdAt,
      List<ArchivedDocument> documents, List<DocumentLink> links, List<RegisterEntry> register,
      List<AuditEvent> audit, List<FileEntry> files) {}

  /** What a backup holds: when it was made, how many documents and files. */
  public record Summary(Instant createdAt, int documents, int files) {}

  /** One stored file: its checksum, size and media type. */
  public record FileEntry(String sha256, long size, String mediaType) {}

  private final DocumentRepository documents;
  private final Register register;
  private final AuditLog audit;
  private final ContentStore files;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final ObjectMapper json;
  private final Clock clock;

  ArchiveBackup(DocumentRepository documents, Register register, AuditLog audit,
      ContentStore files, JdbcClient jdbc, TransactionTemplate transactions, ObjectMapper json,
      Clock clock) {
    this.documents = documents;
    this.register = register;
    this.audit = audit;
    this.files = files;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.json = json;
    this.clock = clock;
  }

  /** Writes a backup into an empty or new directory; returns what it wrote. */
  public Summary export(Path directory, String actor) {
    try {
      Files.createDirectories(directory.resolve("files"));
      try (var entries = Files.list(directory)) {
        if (entries.anyMatch(p -> !p.getFileName().toString().equals("files"))) {
          throw new IllegalArgumentException(directory + " is not empty");
        }
      }
      audit.record(actor, "EXPORTED", null, directory.toAbsolutePath().toString());
      return transactions.execute(status -> {
        try {
          return write(directory);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot write the backup to " + directory, e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the backup to " + directory, e);
    }
  }

  /**
   * Streams the backup: {@code backup.json} is written field by field with the same shape as a
   * serialised {@link Contents}, each document, link, audit event and file read a page at a time,
   * and each file is copied and its {@code SHA256SUMS} line written as its entry is, so that a
   * million documents never sit in memory at once.
   */
  private Summary write(Path directory) throws IOException {
    MessageDigest digest = sha256();
    Instant createdAt = clock.instant();
    int[] counts = new int[2];
    try (Writer sums = Files.newBufferedWriter(directory.resolve("SHA256SUMS"), StandardCharsets.UTF_8)) {
      try (OutputStream metadata = new DigestOutputStream(new BufferedOutputStream(
              Files.newOutputStream(directory.resolve(METADATA)), 1 << 16), digest);
          JsonGenerator out = json.writerWithDefaultPrettyPrinter().createGenerator(metadata)) {
        // Each value is flushed into the buffer above, not through to the disk one by one.
        out.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
        out.writeStartObject();
        out.writeStringField("format", "vanthu-backup");
        out.writeNumberField("version", FORMAT_VERSION);
        out.writeFieldName("createdAt");
        value(out, createdAt);
        out.writeArrayFieldStart("documents");
        documents.forEachCreatedSince(Instant.EPOCH, d -> {
          value(out, d);
          counts[0]++;
        });
        out.writeEndArray();
        out.writeArrayFieldStart("links");
        documents.forEachLink(link -> value(out, link));
        out.writeEndArray();
        out.writeArrayFieldStart("register");
        register.entries(null, null).forEach(entry -> value(out, entry));
        out.writeEndArray();
        out.writeArrayFieldStart("audit");
        audit.forEach(event -> value(out, event));
        out.writeEndArray();
        out.writeArrayFieldStart("files");
        forEachFile(file -> {
          try {
            Files.copy(files.pathOf(file.sha256()), directory.resolve("files").resolve(file.sha256()));
            sums.append(file.sha256()).append("  files/").append(file.sha256()).append('\n');
          } catch (IOException e) {
            throw new UncheckedIOException("cannot copy stored file " + file.sha256(), e);
          }
          value(out, file);
          counts[1]++;
        });
        out.writeEndArray();
        out.writeEndObject();
      }
      sums.append(HexFormat.of().formatHex(digest.digest())).append("  ").append(METADATA)
          .append('\n');
    }
    return new Summary(createdAt, counts[0], counts[1]);
  }

  /** Writes one value in place, as the mapper would inside a whole {@link Contents}. */
  private void value(JsonGenerator out, Object value) {
    try {
      json.writeValue(out, value);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the backup metadata", e);
    }
  }

  /** Every stored file, by checksum, a page at a time. */
  private void forEachFile(Consumer<FileEntry> action) {
    String after = "";
    while (true) {
      List<FileEntry> page = jdbc.sql("""
              select sha256, size_bytes, media_type from stored_file where sha256 > :after
              order by sha256 fetch first 1000 rows only""")
          .param("after", after)
          .query((rs, row) -> new FileEntry(rs.getString(1), rs.getLong(2), rs.getString(3)))
          .list();
      page.forEach(action);
      if (page.size() < 1000) {
        return;
      }
      after = page.get(page.size() - 1).sha256();
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  /**
   * Restores a backup into this installation, which must hold no document yet. {@code backup.json}
   * is read as a stream, once per part, so that a million documents never sit in memory at once:
   * the files are checked and stored first, then the records are inserted in one transaction
   * (stored files, documents with their parents before them, links, register, audit log), so that
   * a failure leaves the archive as empty as it was.
   */
  public Summary restore(Path directory, String actor) {
    Path metadata = directory.resolve(METADATA);
    Instant createdAt = header(metadata, directory);
    if (documents.count() > 0 || !register.entries(null, null).isEmpty()) {
      throw new IllegalStateException("the archive is not empty: a backup restores only into "
          + "an empty installation");
    }
    int[] counts = new int[2];
    forEach(metadata, "files", FileEntry.class, file -> {
      Path copy = directory.resolve("files").resolve(file.sha256());
      try {
        byte[] bytes = Files.readAllBytes(copy);
        if (!ContentStore.sha256(bytes).equals(file.sha256())) {
          throw new IllegalArgumentException("backup file " + file.sha256() + " is corrupted");
        }
        files.put(bytes);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the backup file " + copy, e);
      }
      counts[1]++;
    });
    transactions.executeWithoutResult(status -> {
      forEach(metadata, "files", FileEntry.class, file -> documents.insertFile(file.sha256(),
          file.size(), file.mediaType(), Timestamp.from(createdAt)));
      forEach(metadata, "documents", ArchivedDocument.class, d -> {
        if (d.parentId() == null) {
          documents.insert(d);
          counts[0]++;
        }
      });
      forEach(metadata, "documents", ArchivedDocument.class, d -> {
        if (d.parentId() != null) {
          documents.insert(d);
          counts[0]++;
        }
      });
      forEach(metadata, "links", DocumentLink.class, documents::insertLink);
      forEach(metadata, "register", RegisterEntry.class, entry -> jdbc.sql("""
              insert into register_counter (issuer, register_year, series, last_number)
              values (:issuer, :year, :series, :last)""")
          .param("issuer", entry.series().issuer()).param("year", entry.series().year())
          .param("series", entry.series().series()).param("last", entry.lastNumber())
          .update());
      forEach(metadata, "audit", AuditEvent.class, event -> jdbc.sql("""
              insert into audit_event (occurred_at, actor, action, document_id, detail)
              values (:at, :actor, :action, :doc, :detail)""")
          .param("at", Timestamp.from(event.occurredAt())).param("actor", event.actor())
          .param("action", event.action()).param("doc", event.documentId())
          .param("detail", event.detail())
          .update());
      audit.record(actor, "RESTORED", null, counts[0] + " documents");
    });
    return new Summary(createdAt, counts[0], counts[1]);
  }

  /** Checks the format and version at the head of {@code backup.json}; returns its date. */
  private Instant header(Path metadata, Path directory) {
    String format = null;
    int version = -1;
    Instant createdAt = null;
    if (!Files.isRegularFile(metadata)) {
      throw new IllegalArgumentException(directory + " is not a Vanthu backup: it has no "
          + METADATA);
    }
    try (JsonParser in = json.createParser(metadata.toFile())) {
      if (in.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException(metadata + " is not a JSON object");
      }
      while (in.nextToken() == JsonToken.FIELD_NAME && createdAt == null) {
        String field = in.currentName();
        in.nextToken();
        switch (field) {
          case "format" -> format = in.getValueAsString();
          case "version" -> version = in.getValueAsInt(-1);
          case "createdAt" -> createdAt = json.readValue(in, Instant.class);
          default -> in.skipChildren();
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(metadata + " cannot be read: " + e.getMessage());
    }
    if (!"vanthu-backup".equals(format) || version != FORMAT_VERSION || createdAt == null) {
      throw new IllegalArgumentException(directory + " is not a Vanthu backup of version "
          + FORMAT_VERSION);
    }
    return createdAt;
  }

  /** Reads the elements of one top-level array of {@code backup.json}, one at a time. */
  private <T> void forEach(Path metadata, String field, Class<T> type, Consumer<T> action) {
    try (JsonParser in = json.createParser(metadata.toFile())) {
      in.nextToken();
      while (in.nextToken() == JsonToken.FIELD_NAME) {
        String name = in.currentName();
        JsonToken value = in.nextToken();
        if (!name.equals(field)) {
          in.skipChildren();
          continue;
        }
        if (value != JsonToken.START_ARRAY) {
          throw new IllegalArgumentException(METADATA + ": " + field + " must be an array");
        }
        while (in.nextToken() != JsonToken.END_ARRAY) {
          action.accept(json.readValue(in, type));
        }
        return;
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(METADATA + " cannot be read (" + field + "): "
          + e.getMessage());
    }
  }
}
