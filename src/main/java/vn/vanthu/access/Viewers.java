package vn.vanthu.access;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The viewer of the current request. */
public final class Viewers {

  private Viewers() {}

  /** The authenticated viewer; fails if the request is not authenticated. */
  public static Viewer current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication instanceof ViewerHolder holder) {
      return holder.viewer();
    }
    if (authentication != null && authentication.getPrincipal() instanceof ViewerHolder holder) {
      return holder.viewer();
    }
    throw new IllegalStateException("no authenticated Vanthu user");
  }
}
