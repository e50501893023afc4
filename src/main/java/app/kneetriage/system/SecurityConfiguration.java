package app.kneetriage.system;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Who may do what. The runner's pages and the JSON API are public; everything under
 * {@code /admin} needs the ADMIN role. Every HTML form carries a CSRF token; the JSON API
 * is stateless (no session, no cookie) and so needs none. Admin JSON answers 401 instead
 * of redirecting to the login page.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
        MediaTypeRequestMatcher json = new MediaTypeRequestMatcher(MediaType.APPLICATION_JSON);
        json.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/admin/**").hasRole("ADMIN").anyRequest().permitAll())
            .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/admin", false).permitAll())
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
            .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
            .exceptionHandling(errors -> errors
                .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), json))
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
     * The admin sessions of this instance, so that changing a password can end the
     * account's other sessions.
     */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /**
     * Tells the session registry when a session ends, so it does not keep dead entries.
     */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** {bcrypt} by default, and able to read any other encoding Spring Security knows. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

}
