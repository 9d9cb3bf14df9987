package vn.vanthu.web.ui;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import vn.vanthu.access.Viewer;

/**
 * The pages speak Vietnamese unless the user picks English with {@code ?lang=en}; the choice is
 * kept in a cookie. Error pages (404, 403, 400 …) are one localized view, never a stack trace.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class UiConfiguration implements WebMvcConfigurer {

  /** The language of the pages when the user has not chosen one. */
  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("vanthu-lang");
    resolver.setDefaultLocale(VIETNAMESE);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
    interceptor.setParamName("lang");
    interceptor.setIgnoreInvalidLocale(true);
    registry.addInterceptor(interceptor).excludePathPatterns("/api/**");
  }

  @Bean
  ErrorViewResolver uiErrorViews() {
    return (request, status, model) -> errorPage(status);
  }

  static ModelAndView errorPage(HttpStatus status) {
    String key = switch (status.value()) {
      case 400, 403, 404, 405, 413 -> String.valueOf(status.value());
      default -> status.is4xxClientError() ? "4xx" : "5xx";
    };
    ModelAndView page = new ModelAndView("ui/error", Map.of("status", status.value(), "key", key));
    Viewer viewer = UiAdvice.viewer();
    if (viewer != null) {
      page.addObject("viewer", viewer);
    }
    page.setStatus(status);
    return page;
  }
}
