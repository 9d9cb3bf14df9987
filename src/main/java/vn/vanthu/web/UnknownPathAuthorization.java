package vn.vanthu.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.springframework.http.server.RequestPath;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The last rule of the API chain: an endpoint that no rule names stays for administrators only
 * (deny by default), but an authenticated caller asking for a path no endpoint serves may pass, so
 * that it gets the API's {@code 404} (or {@code 405} for a wrong method) instead of a {@code 403}
 * that would wrongly say the path exists. Anonymous callers get {@code 401} for everything.
 */
final class UnknownPathAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

  private final AuthenticatedAuthorizationManager<RequestAuthorizationContext> authenticated =
      AuthenticatedAuthorizationManager.authenticated();
  private final Supplier<RequestMappingHandlerMapping> endpoints;

  /** The endpoints are looked up lazily: the MVC mapping is built after the security chains. */
  UnknownPathAuthorization(Supplier<RequestMappingHandlerMapping> endpoints) {
    this.endpoints = endpoints;
  }

  @Override
  @SuppressWarnings("deprecation") // check() is what Spring Security 6.5 still calls
  public AuthorizationDecision check(Supplier<Authentication> authentication,
      RequestAuthorizationContext context) {
    AuthorizationDecision signedIn = authenticated.check(authentication, context);
    if (signedIn == null || !signedIn.isGranted()) {
      return new AuthorizationDecision(false);
    }
    boolean admin = authentication.get().getAuthorities().stream()
        .anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    return new AuthorizationDecision(admin || !served(context.getRequest()));
  }

  /** Whether an endpoint serves this path and method (a wrong method only is not served). */
  private boolean served(HttpServletRequest request) {
    RequestPath previous = ServletRequestPathUtils.hasParsedRequestPath(request)
        ? ServletRequestPathUtils.getParsedRequestPath(request) : null;
    ServletRequestPathUtils.parseAndCache(request);
    try {
      return endpoints.get().getHandler(request) != null;
    } catch (HttpRequestMethodNotSupportedException e) {
      return false;
    } catch (Exception e) {
      // Some endpoint matched the path and refused the request's media types: it exists.
      return true;
    } finally {
      if (previous == null) {
        ServletRequestPathUtils.clearParsedRequestPath(request);
      } else {
        ServletRequestPathUtils.setParsedRequestPath(previous, request);
      }
    }
  }
}
