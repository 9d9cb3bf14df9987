package vn.vanthu.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import vn.vanthu.archive.store.ContentStore;
import vn.vanthu.document.DocumentReader;

/** An export of the sample archive restores into an empty data directory with identical checksums. */
class ArchiveBackupTests {

  @TempDir Path work;

  /** Export, restore into an empty installation: same records, same files, same checksums. */
  @Test
  void exportRestoresIntoAnEmptyInstallationWithIdenticalChecksums() throws Exception {
    Path backup = work.resolve("backup");
    List<ArchivedDocument> original;
    Map<String, String> originalFiles;
    try (ConfigurableApplicationContext source = ArchiveTestContext.embedded(work.resolve("a"))) {
      DocumentIssuing issuing = source.getBean(DocumentIssuing.class);
      try (var samples = Files.list(Path.of("samples"))) {
        for (Path sample : samples.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
          byte[] json = Files.readAllBytes(sample);
          if (new DocumentReader().read(json).isDraft()) {
            issuing.issue(json, "test");
          } else {
            issuing.archiveNumbered(json, "test");
          }
        }
      }
      issuing.issue(Drafts.congVan("một"), "test");
      issuing.issue(Drafts.congVan("hai", "mat"), "test");
      ArchiveBackup.Summary written = source.getBean(ArchiveBackup.class).export(backup, "test");
      original = source.getBean(Archive.class).all();
      originalFiles = checksums(source.getBean(ContentStore.class), original);
      assertThat(written.documents()).isEqualTo(original.size());
      assertThat(written.files()).isEqualTo(originalFiles.size());
      // Streamed field by field, backup.json is still exactly a serialised Contents.
      ObjectMapper json = source.getBean(ObjectMapper.class);
      byte[] metadata = Files.readAllBytes(backup.resolve(ArchiveBackup.METADATA));
      assertThat(new String(metadata, StandardCharsets.UTF_8)).isEqualTo(json
          .writerWithDefaultPrettyPrinter()
          .writeValueAsString(json.readValue(metadata, ArchiveBackup.Contents.class)));
    }
    List<String> sums = Files.readString(backup.resolve("SHA256SUMS")).lines().toList();
    assertThat(sums).hasSize(originalFiles.size() + 1);
    assertThat(sums.getLast()).isEqualTo(ContentStore.sha256(
        Files.readAllBytes(backup.resolve(ArchiveBackup.METADATA))) + "  backup.json");
    for (String line : sums.subList(0, sums.size() - 1)) {
      String hash = line.substring(0, 64);
      assertThat(line).isEqualTo(hash + "  files/" + hash);
      assertThat(ContentStore.sha256(Files.readAllBytes(backup.resolve("files").resolve(hash))))
          .isEqualTo(hash);
    }
    assertThat(sums.subList(0, sums.size() - 1)).isSorted();

    try (ConfigurableApplicationContext target = ArchiveTestContext.embedded(work.resolve("b"))) {
      ArchiveBackup.Summary restored = target.getBean(ArchiveBackup.class).restore(backup, "test");
      assertThat(restored.documents()).isEqualTo(original.size()).isGreaterThan(8);
      assertThat(restored.files()).isEqualTo(originalFiles.size());
      List<ArchivedDocument> copies = target.getBean(Archive.class).all();
      assertThat(copies).containsExactlyInAnyOrderElementsOf(original);
      assertThat(checksums(target.getBean(ContentStore.class), copies)).isEqualTo(originalFiles);
      assertThat(target.getBean(ArchiveVerification.class).verify().problems()).isEmpty();
      assertThat(target.getBean(vn.vanthu.numbering.Register.class).entries("BHXH", null))
          .extracting(e -> e.series().series() + "=" + e.lastNumber())
          .containsExactlyInAnyOrder("chung=2", "mat-chung=1");
      assertThatThrownBy(() -> target.getBean(ArchiveBackup.class).restore(backup, "test"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("not empty");
    }

    // A backup whose last document names a file it does not hold: the restore fails at that
    // document and leaves the installation as empty as it was, not with the documents before it.
    Path broken = work.resolve("broken");
    copyTree(backup, broken);
    ObjectMapper mapper = new ObjectMapper();
    Path brokenMetadata = broken.resolve(ArchiveBackup.METADATA);
    ObjectNode contents = (ObjectNode) mapper.readTree(brokenMetadata.toFile());
    ArrayNode documents = (ArrayNode) contents.get("documents");
    ((ObjectNode) documents.get(documents.size() - 1)).put("pdfSha256", "0".repeat(64));
    mapper.writeValue(brokenMetadata.toFile(), contents);
    try (ConfigurableApplicationContext target = ArchiveTestContext.embedded(work.resolve("c"))) {
      assertThatThrownBy(() -> target.getBean(ArchiveBackup.class).restore(broken, "test"))
          .isInstanceOf(RuntimeException.class);
      assertThat(target.getBean(Archive.class).all()).isEmpty();
      assertThat(target.getBean(vn.vanthu.numbering.Register.class).entries(null, null)).isEmpty();
    }
  }

  @Test
  void aDirectoryWithoutBackupJsonIsNotABackup() throws Exception {
    try (ConfigurableApplicationContext target = ArchiveTestContext.embedded(work.resolve("d"))) {
      assertThatThrownBy(() -> target.getBean(ArchiveBackup.class).restore(work, "test"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(work + " is not a Vanthu backup: it has no backup.json");
    }
  }

  private static void copyTree(Path from, Path to) throws java.io.IOException {
    try (var paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }

  /** Each stored file of the documents, re-hashed from disk. */
  private static Map<String, String> checksums(ContentStore store, List<ArchivedDocument> docs) {
    Map<String, String> sums = new TreeMap<>();
    for (ArchivedDocument d : docs) {
      for (String hash : new String[] {d.sourceSha256(), d.pdfSha256(), d.originalSha256(), d.textSha256()}) {
        if (hash != null) {
          sums.put(hash, ContentStore.sha256(store.read(hash)));
        }
      }
    }
    return sums;
  }
}
