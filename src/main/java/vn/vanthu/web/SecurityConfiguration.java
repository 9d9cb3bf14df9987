package vn.vanthu.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
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
  SecurityFilterChain api(HttpSecurity http, UserAccounts accounts) throws Exception {
    return http
        .securityMatcher("/api/**", "/actuator/**")
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
            .anyRequest().hasRole("ADMIN"))
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

  private static void problem(jakarta.servlet.http.HttpServletResponse response, HttpStatus status,
      String title, String detail) throws java.io.IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.getWriter().write(PROBLEM.formatted(title, status.value(), detail));
  }
}
