package vn.vanthu.access;

import java.time.Instant;
import java.util.Objects;

/**
 * A user as administrators see it (never with the password).
 *
 * @param username the login name
 * @param role what they do
 * @param clearance what secret documents they may see
 * @param enabled whether they may log in and use their tokens
 * @param createdAt when the account was created
 */
public record UserAccount(
    String username, Role role, Clearance clearance, boolean enabled, Instant createdAt) {

  public UserAccount {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(clearance, "clearance");
  }
}
