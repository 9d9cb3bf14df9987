package vn.vanthu.web.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Spring MVC's own failures (no such page, wrong method, a bad parameter, an upload too large)
 * become the localized error page for a browser; the API keeps its problem details, so only
 * requests that ask for HTML and are outside {@code /api} are taken here.
 */
@Component
@ConditionalOnWebApplication
class HtmlErrorResolver implements HandlerExceptionResolver, Ordered {

  @Override
  public @Nullable ModelAndView resolveException(HttpServletRequest request,
      HttpServletResponse response, @Nullable Object handler, Exception ex) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    if (!(ex instanceof ErrorResponse error) || path.startsWith("/api/")
        || path.startsWith("/actuator/") || accept == null || !accept.contains("text/html")) {
      return null;
    }
    HttpStatus status = HttpStatus.resolve(error.getStatusCode().value());
    return UiConfiguration.errorPage(status == null ? HttpStatus.BAD_REQUEST : status);
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 1;
  }
}
