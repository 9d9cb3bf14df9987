package vn.vanthu.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Random;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database stays near the size of its data while it is written: the same commits,
 * with WRITE_DELAY=0 as the service makes them, leave a file several times larger when nothing
 * compacts it.
 */
class EmbeddedDatabaseCompactionTests {

  private static final int ROWS = 20_000;
  private static final int COMMITS = 60;
  private static final int UPDATES_PER_COMMIT = 400;

  @TempDir Path temp;

  @Test
  void compactionKeepsTheFileNearTheSizeOfItsData() throws Exception {
    long compacted = writeScattered(temp.resolve("compacted"), true);
    long left = writeScattered(temp.resolve("left"), false);

    assertThat(compacted).isLessThan(left / 2);
  }

  @Test
  void aDatabaseThatIsNotEmbeddedIsLeftAlone() {
    JdbcDataSource memory = new JdbcDataSource();
    memory.setURL("jdbc:h2:mem:compaction-none;DB_CLOSE_DELAY=-1");
    EmbeddedDatabaseCompaction compaction = new EmbeddedDatabaseCompaction(memory, 0);

    assertThat(compaction.store()).isNull();
    assertThat(compaction.compact()).isFalse();
  }

  /**
   * Rows, then many small commits that touch rows all over the table (as records with random ids
   * are): each commit rewrites the pages it touched and leaves the rest of their old chunks live.
   * Returns the file's size.
   */
  private static long writeScattered(Path directory, boolean compact)
      throws SQLException, IOException {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:file:" + directory.resolve("db") + ";WRITE_DELAY=0");
    // Retention 0: the test cannot wait for chunks to age; the service keeps them 5 seconds.
    EmbeddedDatabaseCompaction compaction = new EmbeddedDatabaseCompaction(dataSource, 0);
    Random random = new Random(813);
    String body = "Quyết định về việc ban hành Kế hoạch thông tin đối ngoại ".repeat(8);
    try (Connection connection = dataSource.getConnection()) {
      connection.createStatement().execute(
          "create table record (id integer primary key, version integer, body varchar(2000))");
      connection.setAutoCommit(false);
      try (PreparedStatement insert = connection.prepareStatement(
              "insert into record values (?, 0, ?)");
          PreparedStatement update = connection.prepareStatement(
              "update record set version = version + 1 where id = ?")) {
        for (int id = 0; id < ROWS; id++) {
          insert.setInt(1, id);
          insert.setString(2, body);
          insert.executeUpdate();
        }
        connection.commit();
        for (int commit = 0; commit < COMMITS; commit++) {
          for (int i = 0; i < UPDATES_PER_COMMIT; i++) {
            update.setInt(1, random.nextInt(ROWS));
            update.executeUpdate();
          }
          connection.commit();
          if (compact) {
            compaction.compact();
          }
        }
      }
      // Measured while open: closing compacts the file by itself (for up to 200 ms).
      return Files.size(directory.resolve("db.mv.db"));
    }
  }
}
