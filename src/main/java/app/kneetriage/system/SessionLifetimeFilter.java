package app.kneetriage.system;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session a fixed time after it began, however busy it has been: the idle timeout
 * alone would let a session that is used now and then, or a stolen cookie kept warm, live
 * for ever. Runs after Spring Session has found the session and before Spring Security
 * reads it, so the request goes on as anonymous and lands on the login page.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionLifetimeFilter.class);

    private final Clock clock;

    private final Duration lifetime;

    SessionLifetimeFilter(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null
                && Instant.ofEpochMilli(session.getCreationTime()).plus(lifetime).isBefore(clock.instant())) {
            session.invalidate();
            log.info("Ended a session at the end of its {}-hour lifetime", lifetime.toHours());
        }
        chain.doFilter(request, response);
    }

}
