package vn.vanthu.web.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;
import vn.vanthu.access.Viewer;
import vn.vanthu.access.ViewerHolder;
import vn.vanthu.archive.DocumentNotFound;

/**
 * What every page's layout needs (the current path for the navigation, the logged-in viewer), and
 * the 404 page: a document that does not exist and one above the user's clearance end on the same
 * page, so that a secret document cannot be detected by its id.
 */
@ControllerAdvice(basePackages = "vn.vanthu.web.ui")
class UiAdvice {

  @ModelAttribute("currentPath")
  String currentPath(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  /**
   * The current page in each language: its path and query with {@code lang} set, so that
   * switching language keeps a search and its filters. A form's result page switches to the
   * form's own address (the posted fields are not in the URL).
   */
  @ModelAttribute("languageLinks")
  Map<String, String> languageLinks(HttpServletRequest request) {
    UriComponentsBuilder page = UriComponentsBuilder.fromPath(currentPath(request));
    if ("GET".equals(request.getMethod()) && request.getQueryString() != null) {
      page.query(request.getQueryString());
    }
    Map<String, String> links = new LinkedHashMap<>();
    for (String language : List.of("vi", "en")) {
      links.put(language, page.cloneBuilder().replaceQueryParam("lang", language).build(true)
          .toUriString());
    }
    return links;
  }

  @ModelAttribute("viewer")
  static @Nullable Viewer viewer() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof ViewerHolder holder) {
      return holder.viewer();
    }
    return null;
  }

  @ExceptionHandler(DocumentNotFound.class)
  ModelAndView notFound() {
    return UiConfiguration.errorPage(HttpStatus.NOT_FOUND);
  }

  /** A request a page cannot carry out, e.g. a user name that no longer exists. */
  @ExceptionHandler(IllegalArgumentException.class)
  ModelAndView badRequest() {
    return UiConfiguration.errorPage(HttpStatus.BAD_REQUEST);
  }
}
