package vn.vanthu.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a user does in Vanthu. */
public enum Role {
  /** Văn thư: composes, previews and issues documents. */
  CLERK("clerk"),
  /** Staff: search, read and download. */
  STAFF("staff"),
  /** Communications team: bilingual leaflets and booklets. */
  COMMS("comms"),
  /** Administrator: users, roles, clearances, templates; may also do everything above. */
  ADMIN("admin");

  private final String code;

  Role(String code) {
    this.code = code;
  }

  /** The code used on the command line, e.g. {@code staff}. */
  public String code() {
    return code;
  }

  /** The Spring Security authority, e.g. {@code ROLE_STAFF}. */
  public String authority() {
    return "ROLE_" + name();
  }

  /** Finds a role by its code, ignoring case. */
  public static Optional<Role> fromCode(String code) {
    String lower = code.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(r -> r.code.equals(lower)).findFirst();
  }
}
