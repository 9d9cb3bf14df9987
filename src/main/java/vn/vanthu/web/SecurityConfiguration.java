package vn.vanthu.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import vn.vanthu.access.BearerTokenFilter;
import vn.vanthu.access.UserAccounts;

/**
 * Who may call what. The API authenticates with bearer tokens (no cookies, so no CSRF); the browser
 * uses form login with sessions and CSRF protection. Roles: clerks compose and issue, staff read,
 * communications teams make leaflets, administrators may do everything. Secret documents are
 * filtered further by clearance in the archive itself.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

  private static final String PROBLEM = """
      {"type":"about:blank","title":"%s","status":%d,"detail":"%s"}""";

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, UserAccounts accounts,
      @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mvc)
      throws Exception {
    return http
        // The OpenAPI description is for any authenticated user: it holds no data, but it maps the
        // whole API, which an agency's records system need not show to strangers. A tool sends its
        // token (this chain); the Swagger UI in a browser sends its session (the browser chain).
        .securityMatchers(m -> m.requestMatchers("/api/**", "/actuator/**")
            .requestMatchers(new AndRequestMatcher(
                new OrRequestMatcher(path("/v3/api-docs"), path("/v3/api-docs.yaml"),
                    path("/v3/api-docs/**")),
                new RequestHeaderRequestMatcher(HttpHeaders.AUTHORIZATION))))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .addFilterBefore(new BearerTokenFilter(accounts), UsernamePasswordAuthenticationFilter.class)
        .authorizeHttpRequests(auth -> auth
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            .requestMatchers("/actuator/**").hasRole("ADMIN")
            .requestMatchers("/api/render").hasAnyRole("CLERK", "COMMS", "ADMIN")
            .requestMatchers(HttpMethod.POST, "/api/documents", "/api/documents/preview")
                .hasAnyRole("CLERK", "ADMIN")
            .requestMatchers(HttpMethod.GET, "/api/documents/**", "/api/search")
                .hasAnyRole("STAFF", "CLERK", "ADMIN")
            .requestMatchers("/api/archive/import").hasAnyRole("CLERK", "ADMIN")
            .requestMatchers("/api/register").hasAnyRole("CLERK", "STAFF", "ADMIN")
            .requestMatchers("/api/leaflets", "/api/leaflets/**").hasAnyRole("COMMS", "ADMIN")
            .requestMatchers("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**").authenticated()
            // Deny by default (an endpoint no rule names is for administrators), yet an unknown
            // path answers 404 to any authenticated caller rather than a misleading 403.
            .anyRequest().access(new UnknownPathAuthorization(mvc::getObject)))
        .exceptionHandling(e -> e
            .authenticationEntryPoint((request, response, ex) -> problem(response,
                HttpStatus.UNAUTHORIZED, "Authentication required",
                "Send Authorization: Bearer <token> (java -jar vanthu.jar user token NAME)."))
            .accessDeniedHandler((request, response, ex) -> problem(response,
                HttpStatus.FORBIDDEN, "Forbidden", "Your role may not do this.")))
        .build();
  }

  /** What the pages may load: only this origin, no inline script, and frames only from here. */
  private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
      + "style-src 'self'; img-src 'self' data: blob:; object-src 'self'; frame-src 'self'; "
      + "frame-ancestors 'self'; form-action 'self'; base-uri 'self'";

  @Bean
  @Order(2)
  SecurityFilterChain browser(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(auth -> auth
            .requestMatchers("/login", "/error", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/favicon.svg")
                .permitAll()
            .requestMatchers("/compose", "/compose/**").hasAnyRole("CLERK", "ADMIN")
            .requestMatchers("/search", "/search/**", "/documents/**")
                .hasAnyRole("STAFF", "CLERK", "ADMIN")
            .requestMatchers("/import", "/import/**").hasAnyRole("CLERK", "ADMIN")
            .requestMatchers("/leaflets", "/leaflets/**").hasAnyRole("COMMS", "ADMIN")
            .requestMatchers("/admin", "/admin/**").hasRole("ADMIN")
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
            .failureUrl("/login?error").permitAll())
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
            .deleteCookies("JSESSIONID").permitAll())
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
            // SAMEORIGIN, so that the document page can show its own PDF in a frame.
            .frameOptions(frame -> frame.sameOrigin())
            .referrerPolicy(referrer -> referrer.policy(
                ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
        .build();
  }

  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  private static void problem(jakarta.servlet.http.HttpServletResponse response, HttpStatus status,
      String title, String detail) throws java.io.IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    // Else the servlet container declares ISO-8859-1, the wrong charset for JSON.
    response.setCharacterEncoding(java.nio.charset.StandardCharsets.UTF_8.name());
    response.getWriter().write(PROBLEM.formatted(title, status.value(), detail));
  }
}
