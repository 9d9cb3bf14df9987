package vn.vanthu.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanthu.Application;

/**
 * The JVM is killed ({@code kill -9}) in the middle of issuing; after a restart nothing is lost or
 * doubled: numbers 1…N with no gap and no duplicate, every record has its files and every file its
 * record, and {@code verify} reports clean. A corrupted file is then reported with its document.
 */
class IssuingCrashTests {

  @TempDir Path work;

  /** Kill -9 mid-issue, restart: no gap, no duplicate, no orphan, verify clean; then corruption. */
  @Test
  void killedWhileIssuingLosesNothingAndVerifyFindsCorruption() throws Exception {
    Path data = work.resolve("data");
    List<String> drafts = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      Path draft = work.resolve("draft-" + i + ".json");
      Files.write(draft, Drafts.congVan("crash " + i));
      drafts.add(draft.toString());
    }
    List<String> issue = new ArrayList<>(List.of("--data-dir", data.toString(), "issue"));
    issue.addAll(drafts);
    Process issuing = vanthu(issue);
    int issued = 0;
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(issuing.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (issued < 60 && (line = out.readLine()) != null) {
        if (line.contains(": issued ")) {
          issued++;
        }
      }
      issuing.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
      issuing.waitFor(30, TimeUnit.SECONDS);
    }
    assertThat(issued).as("documents issued before the kill").isEqualTo(60);

    Result verify = run(List.of("--data-dir", data.toString(), "verify"));
    assertThat(verify.output()).contains("clean:");
    assertThat(verify.status()).isZero();

    List<Integer> numbers = new ArrayList<>();
    Set<String> referenced = new HashSet<>();
    try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath()
        + "/db/vanthu;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "vanthu", "");
        ResultSet rs = db.createStatement().executeQuery(
            "select number, state, source_sha256, pdf_sha256 from document order by number")) {
      while (rs.next()) {
        numbers.add(rs.getInt(1));
        assertThat(rs.getString(2)).isEqualTo("STORED");
        assertThat(rs.getString(3)).isNotNull();
        assertThat(rs.getString(4)).isNotNull();
        referenced.add(rs.getString(3));
        referenced.add(rs.getString(4));
      }
    }
    assertThat(numbers.size()).isGreaterThanOrEqualTo(60).isLessThan(400);
    assertThat(numbers).containsExactlyElementsOf(
        IntStream.rangeClosed(1, numbers.size()).boxed().toList());
    Set<String> onDisk = storedHashes(data);
    assertThat(onDisk).isEqualTo(referenced);

    Path victim = data.resolve("files/sha256").resolve(numbersPdf(data)).normalize();
    byte[] bytes = Files.readAllBytes(victim);
    bytes[bytes.length / 2] ^= 0x5A;
    Files.write(victim, bytes);
    Result corrupted = run(List.of("--data-dir", data.toString(), "verify"));
    assertThat(corrupted.status()).isEqualTo(2);
    assertThat(corrupted.output())
        .contains("file " + victim.getFileName() + " is corrupted")
        .contains("it belongs to 01/BHXH-HTQT (");
  }

  /** The stored PDF of document number 1, as a path relative to the hash directory. */
  private static String numbersPdf(Path data) throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath()
        + "/db/vanthu;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "vanthu", "");
        ResultSet rs = db.createStatement()
            .executeQuery("select pdf_sha256 from document where number = 1")) {
      rs.next();
      String hash = rs.getString(1);
      return hash.substring(0, 2) + "/" + hash;
    }
  }

  private static Set<String> storedHashes(Path data) throws IOException {
    try (Stream<Path> files = Files.walk(data.resolve("files/sha256"))) {
      Set<String> hashes = new HashSet<>();
      files.filter(Files::isRegularFile).forEach(p -> hashes.add(p.getFileName().toString()));
      return hashes;
    }
  }

  private record Result(int status, String output) {}

  private Result run(List<String> args) throws Exception {
    Process process = vanthu(args);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), output);
  }

  /** Starts {@code vanthu ARGS} in a child JVM with this test's class path. */
  private Process vanthu(List<String> args) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-cp",
        System.getProperty("java.class.path"), Application.class.getName()));
    command.addAll(args);
    return new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
  }
}
