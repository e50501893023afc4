package app.kneetriage.system;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Sessions live in the database (Spring Session JDBC, tables by Flyway), so every
 * instance behind a load balancer knows who is logged in, and ending a session on one
 * ends it on all. Expired sessions are deleted every minute by whichever instance gets
 * there.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = SessionConfiguration.IDLE_SECONDS)
class SessionConfiguration {

    /** The session cookie's name. */
    static final String COOKIE = "SESSION";

    /** An admin idle for 30 minutes logs in again. */
    static final int IDLE_SECONDS = 30 * 60;

    /** However busy, a session ends 8 hours after login: a working day. */
    static final Duration LIFETIME = Duration.ofHours(8);

    @Bean
    FilterRegistrationBean<SessionLifetimeFilter> sessionLifetimeFilter(Clock clock) {
        FilterRegistrationBean<SessionLifetimeFilter> registration = new FilterRegistrationBean<>(
                new SessionLifetimeFilter(clock, LIFETIME));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
        return registration;
    }

    /**
     * The session cookie: never readable by scripts, not sent on cross-site requests, and
     * {@code Secure} whenever the request came over HTTPS (also behind a proxy that says
     * so, with {@code server.forward-headers-strategy}), and always with the
     * {@code __Host-} prefix ({@link CookieNames}).
     */
    @Bean
    CookieSerializer cookieSerializer(CookieNames names) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(names.of(COOKIE));
        cookie.setCookiePath("/");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        if (names.hostOnly()) {
            cookie.setUseSecureCookie(true);
        }
        return cookie;
    }

}
