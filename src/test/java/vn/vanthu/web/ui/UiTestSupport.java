package vn.vanthu.web.ui;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vanthu.access.Clearance;
import vn.vanthu.access.Role;
import vn.vanthu.access.UserAccounts;

/**
 * The whole application on a fresh data directory, driven through MockMvc as real users (their
 * principals come from the same user service as a form login). The page tests share one context;
 * error pages need the real servlet container, hence {@link #browser}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
abstract class UiTestSupport {

  static final Path BASE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws IOException {
    Path dataDir = Files.createTempDirectory("vanthu-ui-");
    registry.add("vanthu.data-dir", dataDir::toString);
    registry.add("vanthu.load-samples", () -> "false");
    registry.add("vanthu.admin.password", () -> UUID.randomUUID().toString());
  }

  private static final Map<String, String> PASSWORDS = new ConcurrentHashMap<>();

  @LocalServerPort int port;
  @Autowired MockMvc mvc;
  @Autowired UserAccounts accounts;
  @Autowired UserDetailsService userDetails;

  /** Logs in as a user of this role and clearance, created on first use. */
  RequestPostProcessor as(Role role, Clearance clearance) {
    return user(userDetails.loadUserByUsername(account(role, clearance)));
  }

  /** A real browser session over HTTP, logged in through the form as this role and clearance. */
  Browser browser(Role role, Clearance clearance) {
    Browser browser = new Browser(port);
    String name = account(role, clearance);
    browser.login(name, PASSWORDS.get(port + "/" + name));
    return browser;
  }

  Browser browser(Role role) {
    return browser(role, Clearance.NONE);
  }

  private String account(Role role, Clearance clearance) {
    String name = role.code() + "-" + clearance.code();
    // Keyed by the server's port too: each application context (the page tests use two) has a
    // database of its own, where the account must be created again.
    PASSWORDS.computeIfAbsent(port + "/" + name, key -> {
      String password = UUID.randomUUID().toString();
      accounts.add(name, role, clearance, password);
      return password;
    });
    return name;
  }

  RequestPostProcessor as(Role role) {
    return as(role, Clearance.NONE);
  }
}
