package vn.vanthu.access;

import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads users for form login; the principal carries the {@link Viewer}. */
@Component
class VanthuUserDetails implements UserDetailsService {

  private final UserAccounts accounts;

  VanthuUserDetails(UserAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    UserAccount account = accounts.find(username)
        .filter(UserAccount::enabled)
        .orElseThrow(() -> new UsernameNotFoundException("no user " + username));
    String hash = accounts.passwordHash(username)
        .orElseThrow(() -> new UsernameNotFoundException("no user " + username));
    return new Principal(Viewer.of(account), hash);
  }

  /** A logged-in user: Spring's view of them, and Vanthu's. */
  record Principal(Viewer viewer, String passwordHash) implements UserDetails, ViewerHolder {
    @Override
    public List<? extends GrantedAuthority> getAuthorities() {
      return List.of(new SimpleGrantedAuthority(viewer.role().authority()));
    }

    @Override
    public String getPassword() {
      return passwordHash;
    }

    @Override
    public String getUsername() {
      return viewer.name();
    }
  }
}
