package app.kneetriage.system;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * Who may do what. The runner's pages and the JSON API are public; everything under
 * {@code /admin} needs the ADMIN role. Every HTML form carries a CSRF token; the JSON API
 * is stateless (no session, no cookie) and so needs none. Admin JSON answers 401 instead
 * of redirecting to the login page.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /**
     * What an admin holds instead of the ADMIN role while their generated first password
     * must still be replaced: enough for the "change password" page and nothing else.
     */
    public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    /**
     * Metrics for a Prometheus scraper: an admin account over HTTP Basic, no session, no
     * CSRF (nothing is changed). Checked before the main chain.
     */
    @Bean
    @Order(1)
    SecurityFilterChain metricsFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/prometheus")
            .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("ADMIN"))
            .httpBasic(Customizer.withDefaults())
            .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
        MediaTypeRequestMatcher json = new MediaTypeRequestMatcher(MediaType.APPLICATION_JSON);
        json.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/admin/password")
            .hasAnyAuthority("ROLE_ADMIN", PASSWORD_CHANGE_REQUIRED)
            .requestMatchers("/admin/**")
            .hasRole("ADMIN")
            .anyRequest()
            .permitAll())
            .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/admin", false).permitAll())
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
            .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
            .exceptionHandling(errors -> errors
                .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), json)
                .accessDeniedHandler(SecurityConfiguration::passwordChangeFirst))
            .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId())
                // No cap on sessions; the registry lets a password change end the others.
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredUrl("/login?expired"))
            // Cache and security headers are set per path by SecurityHeadersFilter.
            .headers(headers -> headers.cacheControl(cache -> cache.disable()).frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /**
     * Every admin session, looked up by user name in the shared session table, so that
     * changing a password ends the account's other sessions on every instance. Web slice
     * tests, which have no session table, get one that only knows this test's sessions.
     */
    @Bean
    SessionRegistry sessionRegistry(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        FindByIndexNameSessionRepository<? extends Session> shared = sessions.getIfAvailable();
        return shared != null ? new SpringSessionBackedSessionRegistry<>(shared) : new SessionRegistryImpl();
    }

    /**
     * An admin who must still replace a generated password is sent to that page from
     * anywhere else; everyone else who is refused gets 403.
     */
    private static void passwordChangeFirst(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException denied) throws IOException, ServletException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user != null && user.getAuthorities()
            .stream()
            .anyMatch(authority -> PASSWORD_CHANGE_REQUIRED.equals(authority.getAuthority()))) {
            response.sendRedirect(request.getContextPath() + "/admin/password");
            return;
        }
        new AccessDeniedHandlerImpl().handle(request, response, denied);
    }

    /** {bcrypt} by default, and able to read any other encoding Spring Security knows. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

}
