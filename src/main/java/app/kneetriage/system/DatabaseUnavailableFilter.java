package app.kneetriage.system;

import java.io.IOException;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The database outage answer for requests that fail before a controller runs: loading an
 * admin's session from the session table, for one. Same answer as
 * {@link DatabaseUnavailableHandler}: 503 with Retry-After, a problem document for the
 * API or the "briefly unavailable" page, logged and counted by reason. Sits just inside
 * the security headers, outside the session filter.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final ObjectProvider<MeterRegistry> meters;

    private final UrlPolicies policies;

    /** Web slice tests have no metrics: there the refusals are only logged. */
    DatabaseUnavailableFilter(ObjectProvider<MeterRegistry> meters, ObjectProvider<UrlPolicy> policies) {
        this.meters = meters;
        this.policies = new UrlPolicies(policies);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        }
        catch (RuntimeException | ServletException e) {
            Optional<DatabaseTrouble> trouble = DatabaseTrouble.of(e);
            if (response.isCommitted() || trouble.isEmpty()) {
                throw e;
            }
            log.warn("{} for {} before a controller ran: {}", trouble.get().logPrefix(), request.getMethod(),
                    e.getClass().getSimpleName());
            meters.ifAvailable(trouble.get()::count);
            response.resetBuffer();
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailableHandler.RETRY_AFTER_SECONDS);
            FilterRefusals.refuse(policies.of(request), response, HttpStatus.SERVICE_UNAVAILABLE,
                    DatabaseUnavailableHandler.DETAIL);
        }
    }

}
