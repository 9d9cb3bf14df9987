package vn.vanthu.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vanthu.archive.store.ContentStore;

/**
 * {@code verify} and the start-up recovery merge the registered hashes with the files on disk in
 * ascending order: each kind of problem is reported with its exact sentence, and only files with
 * no record are deleted.
 */
class ArchiveVerificationTests {

  @TempDir Path dataDir;
  ConfigurableApplicationContext context;
  DocumentIssuing issuing;
  ContentStore files;

  @BeforeEach
  void start() {
    context = ArchiveTestContext.embedded(dataDir, "--vanthu.load-samples=false");
    issuing = context.getBean(DocumentIssuing.class);
    files = context.getBean(ContentStore.class);
  }

  @AfterEach
  void stop() {
    context.close();
  }

  /** Documents with intact files: no problem; every registered file and document is counted. */
  @Test
  void aCleanArchiveHasNoProblem() {
    issuing.issue(Drafts.congVan("một"), "test");
    issuing.issue(Drafts.congVan("hai"), "test");
    issuing.issue(Drafts.congVan("ba"), "test");

    VerificationReport report = verify();

    assertThat(report.problems()).isEmpty();
    assertThat(report.isClean()).isTrue();
    assertThat(report.filesChecked()).isEqualTo(6).isEqualTo(registeredFiles());
    assertThat(report.documentsChecked()).isEqualTo(3);
  }

  /** A registered file that is gone from disk is missing, and names its document. */
  @Test
  void aMissingFileIsReportedWithItsDocument() throws Exception {
    ArchivedDocument first = issuing.issue(Drafts.congVan("một"), "test");
    issuing.issue(Drafts.congVan("hai"), "test");
    Files.delete(files.pathOf(first.pdfSha256()));

    VerificationReport report = verify();

    assertThat(first.numberText()).isEqualTo("01/BHXH-HTQT");
    assertThat(report.problems()).containsExactly("file " + first.pdfSha256()
        + " is missing; it belongs to 01/BHXH-HTQT (" + first.id() + ")");
    assertThat(report.filesChecked()).isEqualTo(4);
  }

  /** A file whose content changed is corrupted, and names its document. */
  @Test
  void aCorruptedFileIsReportedWithItsDocument() throws Exception {
    issuing.issue(Drafts.congVan("một"), "test");
    ArchivedDocument second = issuing.issue(Drafts.congVan("hai"), "test");
    corrupt(second.pdfSha256());

    assertThat(verify().problems()).containsExactly("file " + second.pdfSha256()
        + " is corrupted: its content no longer has this checksum; it belongs to 02/BHXH-HTQT ("
        + second.id() + ")");
  }

  /** A file on disk with no stored_file row has no record. */
  @Test
  void aStrayFileHasNoRecord() {
    issuing.issue(Drafts.congVan("một"), "test");
    String stray = files.put("không ai ghi nhận tệp này".getBytes(StandardCharsets.UTF_8));

    VerificationReport report = verify();

    assertThat(report.problems())
        .containsExactly("file " + stray + " has no record (left by an interrupted write)");
    assertThat(report.filesChecked()).isEqualTo(2);
  }

  /**
   * A record that names a hash the stored_file table lacks (the foreign keys forbid it, so they are
   * switched off to make one): the hash is reported with its document, and its file, now without a
   * row, has no record.
   */
  @Test
  void aRecordNamingAnUnregisteredHashIsReported() {
    ArchivedDocument first = issuing.issue(Drafts.congVan("một"), "test");
    JdbcClient jdbc = context.getBean(JdbcClient.class);
    jdbc.sql("set referential_integrity false").update();
    try {
      jdbc.sql("delete from stored_file where sha256 = :sha").param("sha", first.sourceSha256())
          .update();
    } finally {
      jdbc.sql("set referential_integrity true").update();
    }

    assertThat(verify().problems()).containsExactly(
        "file " + first.sourceSha256() + " is named by a record but not registered; it belongs to "
            + "01/BHXH-HTQT (" + first.id() + ")",
        "file " + first.sourceSha256() + " has no record (left by an interrupted write)");
  }

  /**
   * Many files, several problems of each kind interleaved in hash order: each is found once, in
   * its group, sorted by hash; a merge that slipped a step would misreport the files after it.
   */
  @Test
  void problemsOfEveryKindAmongManyFilesAreEachReportedOnce() throws Exception {
    List<ArchivedDocument> issued = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      issued.add(issuing.issue(Drafts.congVan("số " + i), "test"));
    }
    List<String> strays = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      strays.add(files.put(("tệp lạc " + i).getBytes(StandardCharsets.UTF_8)));
    }
    ArchivedDocument missing1 = issued.get(2);
    ArchivedDocument missing2 = issued.get(7);
    ArchivedDocument corrupted = issued.get(9);
    Files.delete(files.pathOf(missing1.pdfSha256()));
    Files.delete(files.pathOf(missing2.sourceSha256()));
    corrupt(corrupted.sourceSha256());

    VerificationReport report = verify();

    List<String> expected = new ArrayList<>(Stream.of(
            "file " + missing1.pdfSha256() + " is missing" + owner(missing1),
            "file " + missing2.sourceSha256() + " is missing" + owner(missing2),
            "file " + corrupted.sourceSha256()
                + " is corrupted: its content no longer has this checksum" + owner(corrupted))
        .sorted().toList());
    strays.stream().sorted()
        .forEach(h -> expected.add("file " + h + " has no record (left by an interrupted write)"));
    assertThat(report.problems()).containsExactlyElementsOf(expected);
    assertThat(report.filesChecked()).isEqualTo(24);
    assertThat(report.documentsChecked()).isEqualTo(12);
  }

  /** Recovery deletes exactly the files with no record and keeps every registered one. */
  @Test
  void recoveryDeletesOnlyFilesWithNoRecord() {
    List<ArchivedDocument> issued = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      issued.add(issuing.issue(Drafts.congVan("giữ " + i), "test"));
    }
    List<String> strays = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      strays.add(files.put(("mồ côi " + i).getBytes(StandardCharsets.UTF_8)));
    }

    ArchiveRecovery.Result result = context.getBean(ArchiveRecovery.class).recover();

    assertThat(result.orphansDeleted()).isEqualTo(4);
    assertThat(strays).noneMatch(files::contains);
    assertThat(issued).allMatch(d -> files.contains(d.sourceSha256()) && files.contains(d.pdfSha256()));
    assertThat(verify().problems()).isEmpty();
  }

  private VerificationReport verify() {
    return context.getBean(ArchiveVerification.class).verify();
  }

  private int registeredFiles() {
    return context.getBean(JdbcClient.class).sql("select count(*) from stored_file")
        .query(Integer.class).single();
  }

  private void corrupt(String hash) throws Exception {
    Path file = files.pathOf(hash);
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x5A;
    Files.write(file, bytes);
  }

  private static String owner(ArchivedDocument d) {
    return "; it belongs to " + d.numberText() + " (" + d.id() + ")";
  }
}
