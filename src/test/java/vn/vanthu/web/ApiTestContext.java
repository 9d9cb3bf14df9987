package vn.vanthu.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running service the API tests share (one Spring context for all of them): a real HTTP port,
 * an empty archive in a temporary data directory, no samples, and a small upload limit so that the
 * "too large" answer can be tested with a small upload.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ApiTestContext {

  /** The upload limit of the tests, per file. */
  static final int MAX_FILE_BYTES = 256 * 1024;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws IOException {
    Path dataDir = Files.createTempDirectory("vanthu-api-");
    registry.add("vanthu.data-dir", dataDir::toString);
    registry.add("vanthu.load-samples", () -> "false");
    registry.add("vanthu.admin.password", () -> UUID.randomUUID().toString());
    registry.add("spring.servlet.multipart.max-file-size", () -> MAX_FILE_BYTES + "B");
    registry.add("spring.servlet.multipart.max-request-size", () -> 2 * MAX_FILE_BYTES + "B");
  }
}
