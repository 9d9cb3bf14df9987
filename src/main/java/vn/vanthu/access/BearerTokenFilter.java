package vn.vanthu.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates API calls that carry {@code Authorization: Bearer <token>}. */
public final class BearerTokenFilter extends OncePerRequestFilter {

  private final UserAccounts accounts;

  public BearerTokenFilter(UserAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      accounts.byToken(header.substring(7).strip()).ifPresent(account ->
          SecurityContextHolder.getContext().setAuthentication(new TokenAuthentication(
              Viewer.of(account))));
    }
    chain.doFilter(request, response);
  }

  /** An authenticated API caller. */
  static final class TokenAuthentication extends AbstractAuthenticationToken
      implements ViewerHolder {
    private final Viewer viewer;

    TokenAuthentication(Viewer viewer) {
      super(List.of(new SimpleGrantedAuthority(viewer.role().authority())));
      this.viewer = viewer;
      setAuthenticated(true);
    }

    @Override
    public Viewer viewer() {
      return viewer;
    }

    @Override
    public Object getCredentials() {
      return "";
    }

    @Override
    public Object getPrincipal() {
      return viewer;
    }

    @Override
    public String getName() {
      return viewer.name();
    }
  }
}
