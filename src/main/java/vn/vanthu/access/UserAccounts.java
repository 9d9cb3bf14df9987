package vn.vanthu.access;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import vn.vanthu.archive.store.ContentStore;

/**
 * Creates and manages users and their API tokens. Passwords and tokens are generated here, shown
 * once, and stored only as hashes (BCrypt for passwords, SHA-256 for high-entropy tokens).
 */
@Service
public class UserAccounts {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,60}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;
  private final Clock clock;

  UserAccounts(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
    this.jdbc = jdbc;
    this.passwords = passwords;
    this.clock = clock;
  }

  /** A new user with a generated password, which is returned once and never stored in clear. */
  public String add(String username, Role role, Clearance clearance) {
    String password = generatePassword();
    add(username, role, clearance, password);
    return password;
  }

  /** A new user with a given password (for the first administrator from configuration). */
  public void add(String username, Role role, Clearance clearance, String password) {
    if (!USERNAME.matcher(username).matches()) {
      throw new IllegalArgumentException("a user name is 2–60 of a-z 0-9 . _ - (was '"
          + username + "')");
    }
    if (password.length() < 12) {
      throw new IllegalArgumentException("a password has at least 12 characters");
    }
    try {
      jdbc.sql("""
              insert into app_user (username, password_hash, role, clearance, enabled, created_at)
              values (:name, :hash, :role, :clearance, true, :at)""")
          .param("name", username).param("hash", passwords.encode(password))
          .param("role", role.name()).param("clearance", clearance.name())
          .param("at", Timestamp.from(clock.instant()))
          .update();
    } catch (DuplicateKeyException e) {
      throw new IllegalArgumentException("the user " + username + " exists already", e);
    }
  }

  /** A new API bearer token for a user, returned once; the database keeps only its digest. */
  public String newToken(String username) {
    UserAccount user = find(username)
        .orElseThrow(() -> new IllegalArgumentException("no user " + username));
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = "vt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    jdbc.sql("insert into api_token (token_sha256, username, created_at) values (:sha, :name, :at)")
        .param("sha", digest(token)).param("name", user.username())
        .param("at", Timestamp.from(clock.instant()))
        .update();
    return token;
  }

  /** The enabled user a bearer token belongs to. */
  public Optional<UserAccount> byToken(String token) {
    return jdbc.sql("""
            select u.* from api_token t join app_user u on u.username = t.username
            where t.token_sha256 = :sha and u.enabled""")
        .param("sha", digest(token)).query(UserAccounts::account).optional();
  }

  /** A user by name. */
  public Optional<UserAccount> find(String username) {
    return jdbc.sql("select * from app_user where username = :name").param("name", username)
        .query(UserAccounts::account).optional();
  }

  /** The stored password hash of an enabled user, for the login check. */
  Optional<String> passwordHash(String username) {
    return jdbc.sql("select password_hash from app_user where username = :name and enabled")
        .param("name", username).query(String.class).optional();
  }

  /** Every user, by name. */
  public List<UserAccount> list() {
    return jdbc.sql("select * from app_user order by username").query(UserAccounts::account).list();
  }

  /** Disables a user: no login, no token works any more. */
  public void disable(String username) {
    if (jdbc.sql("update app_user set enabled = false where username = :name")
        .param("name", username).update() == 0) {
      throw new IllegalArgumentException("no user " + username);
    }
  }

  /** Gives a user another role and clearance (from the administration page). */
  public void change(String username, Role role, Clearance clearance) {
    if (jdbc.sql("update app_user set role = :role, clearance = :clearance where username = :name")
        .param("role", role.name()).param("clearance", clearance.name())
        .param("name", username).update() == 0) {
      throw new IllegalArgumentException("no user " + username);
    }
  }

  /** Lets a disabled user log in again; their earlier tokens work again too. */
  public void enable(String username) {
    if (jdbc.sql("update app_user set enabled = true where username = :name")
        .param("name", username).update() == 0) {
      throw new IllegalArgumentException("no user " + username);
    }
  }

  /** Whether any user exists (the first start creates an administrator when none does). */
  public boolean any() {
    return jdbc.sql("select count(*) from app_user").query(Long.class).single() > 0;
  }

  private static String generatePassword() {
    byte[] secret = new byte[15];
    RANDOM.nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  private static String digest(String token) {
    return ContentStore.sha256(token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static UserAccount account(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new UserAccount(rs.getString("username"), Role.valueOf(rs.getString("role")),
        Clearance.valueOf(rs.getString("clearance")), rs.getBoolean("enabled"),
        rs.getTimestamp("created_at").toInstant());
  }
}
