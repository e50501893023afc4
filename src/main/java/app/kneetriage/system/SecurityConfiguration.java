package app.kneetriage.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
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
// Here, since web slice tests import this class: they get the settings with it.
@EnableConfigurationProperties(KneeTriageProperties.class)
public class SecurityConfiguration {

    /**
     * What an admin holds instead of the ADMIN role while their generated first password
     * must still be replaced: enough for the "change password" page and nothing else.
     */
    public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    /**
     * Metrics for a Prometheus scraper: its own credentials from configuration
     * ({@code knee-triage.metrics.username}/{@code .password}) over HTTP Basic, no
     * session; CSRF protection stays on (a scrape is a GET, which it never blocks). Not
     * an admin account, so scraping neither touches the admins' password checks and audit
     * log nor needs a password that can edit rules. Without a configured password the
     * metrics are refused. Checked before the main chain.
     */
    @Bean
    @Order(1)
    SecurityFilterChain metricsFilterChain(HttpSecurity http, KneeTriageProperties settings) throws Exception {
        String username = settings.metrics().username();
        String password = settings.metrics().password();
        http.securityMatcher("/actuator/prometheus")
            .authenticationManager(authentication -> scraper(authentication, username, password))
            .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("METRICS"))
            .httpBasic(Customizer.withDefaults())
            .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    /** Compared in constant time; a long random password needs no lockout. */
    private static Authentication scraper(Authentication attempt, String username, String password) {
        byte[] given = String.valueOf(attempt.getCredentials()).getBytes(StandardCharsets.UTF_8);
        if (password.isEmpty() || !username.equals(attempt.getName())
                || !MessageDigest.isEqual(given, password.getBytes(StandardCharsets.UTF_8))) {
            throw new BadCredentialsException("not the metrics scraper");
        }
        return UsernamePasswordAuthenticationToken.authenticated(username, null,
                AuthorityUtils.createAuthorityList("ROLE_METRICS"));
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry, CookieNames cookieNames)
            throws Exception {
        MediaTypeRequestMatcher json = new MediaTypeRequestMatcher(MediaType.APPLICATION_JSON);
        json.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/admin/password")
            .hasAnyAuthority("ROLE_ADMIN", PASSWORD_CHANGE_REQUIRED)
            .requestMatchers("/admin/**")
            .hasRole("ADMIN")
            .anyRequest()
            .permitAll())
            // A failed login keeps nothing: no session, so no exception holding the
            // typed password in the session table. "Locked" is a place held back after
            // wrong passwords, whatever the name typed (see the admins module).
            .formLogin(login -> login.loginPage("/login")
                .defaultSuccessUrl("/admin", false)
                .failureHandler((request, response,
                        failure) -> response.sendRedirect(request.getContextPath()
                                + (failure instanceof LockedException ? "/login?held" : "/login?error")))
                .permitAll())
            // An anonymous request for an admin page keeps the page it asked for in a
            // cookie, not a session: only a login creates a session row.
            .requestCache(cache -> cache.requestCache(new PageOnlyRequestCache()))
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
            .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**").csrfTokenRepository(csrfCookie(cookieNames)))
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

    @Bean
    CookieNames cookieNames(KneeTriageProperties settings) {
        return new CookieNames(settings.publicUrl());
    }

    /**
     * The CSRF token travels in its own cookie (HttpOnly, SameSite=Lax, Secure on HTTPS)
     * rather than in the session, so a runner filling in the form, or anyone opening a
     * page, creates no row in the session table; only a login does.
     */
    private static CookieCsrfTokenRepository csrfCookie(CookieNames names) {
        CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
        repository.setCookieName(names.of("XSRF-TOKEN"));
        repository.setCookiePath("/");
        repository.setCookieCustomizer(cookie -> {
            cookie.httpOnly(true).sameSite("Lax");
            if (names.hostOnly()) {
                cookie.secure(true);
            }
        });
        return repository;
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
