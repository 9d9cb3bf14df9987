package vn.vanthu.access;

import org.jspecify.annotations.Nullable;
import vn.vanthu.document.Classification;

/**
 * Who is asking: the name written to the audit log, the role, and the clearance that decides which
 * secret documents exist for them.
 */
public record Viewer(String name, Role role, Clearance clearance) {

  /** The highest classification this viewer may see, or null when none. */
  public @Nullable Classification highestClassification() {
    return clearance.highest();
  }

  /** The viewer a user account acts as. */
  public static Viewer of(UserAccount account) {
    return new Viewer(account.username(), account.role(), account.clearance());
  }
}
