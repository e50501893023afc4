package app.kneetriage.system;

import java.io.IOException;
import java.time.Duration;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds off floods: new results, login attempts, manage actions and admin pages opened
 * are counted per client address and answered {@code 429 Too Many Requests} with
 * {@code Retry-After} beyond the configured allowance. Which request counts as what, each
 * module says in its {@link UrlPolicy}. The address is the connection's, or the one
 * Tomcat's remote-IP valve took from {@code X-Forwarded-For} when the connection comes
 * from a trusted proxy ({@code server.forward-headers-strategy=native}). Runs before
 * Spring Security, so a refused login never reaches the password check. Registered by
 * {@link RateLimitConfiguration}, with the counters, so that web slice tests leave it
 * out.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

    private final ProxyManager<String> buckets;

    private final KneeTriageProperties.RateLimit limits;

    private final MessageSource messages;

    private final MeterRegistry meters;

    private final UrlPolicies policies;

    RateLimitFilter(ProxyManager<String> buckets, KneeTriageProperties.RateLimit limits, MessageSource messages,
            MeterRegistry meters, UrlPolicies policies) {
        this.policies = policies;
        this.buckets = buckets;
        this.limits = limits;
        this.messages = messages;
        this.meters = meters;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !limits.enabled() || policies.rateLimitOf(request) == UrlPolicy.RateLimitKind.NONE;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Counted counted = countedAs(policies.rateLimitOf(request), ClientAddresses.client(request.getRemoteAddr()));
        ConsumptionProbe probe = probe(counted);
        if (probe != null && !probe.isConsumed()) {
            long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
            meters.counter("kneetriage.ratelimit.rejections", "kind", counted.kind()).increment();
            log.debug("Rate limit reached ({}), retry after {} s", counted.kind(), seconds);
            refuse(request, response, seconds);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Takes one request from the bucket. If the counters cannot be reached (the database
     * is away), the request goes on uncounted: it meets the same outage further in and is
     * answered 503 there.
     */
    private ConsumptionProbe probe(Counted counted) {
        try {
            return buckets.builder()
                .build(counted.key(), () -> perMinute(counted.perMinute()))
                .tryConsumeAndReturnRemaining(1);
        }
        catch (RuntimeException unreachable) {
            log.warn("Rate-limit counters unreachable, request not counted: {}", unreachable.getMessage());
            return null;
        }
    }

    /**
     * The bucket of this kind for this address. Logins are counted per address only: a
     * count per user name would let anyone keep an admin out with ten posts a minute.
     * Guesses per account are held back by place instead (the admins module's
     * LoginThrottle).
     */
    private Counted countedAs(UrlPolicy.RateLimitKind kind, String address) {
        int perMinute = switch (kind) {
            case TRIAGE -> limits.triagePerMinute();
            case LOGIN -> limits.loginPerMinute();
            case JOIN_CODE -> limits.joinCodesPerMinute();
            case MANAGE -> limits.managePerMinute();
            case ADMIN_PAGE -> limits.adminPagesPerMinute();
            case NONE -> throw new IllegalStateException("not counted: " + address);
        };
        return new Counted(kind.tag(), kind.tag() + ":" + address, perMinute);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long seconds) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        request.setAttribute("retryAfterSeconds", seconds);
        FilterRefusals.refuse(policies.of(request), response, HttpStatus.TOO_MANY_REQUESTS,
                messages.getMessage("rateLimit.detail", new Object[] { seconds }, request.getLocale()));
    }

    private static BucketConfiguration perMinute(int allowed) {
        return BucketConfiguration.builder()
            .addLimit(limit -> limit.capacity(allowed).refillGreedy(allowed, Duration.ofMinutes(1)))
            .build();
    }

    private record Counted(String kind, String key, int perMinute) {
    }

}
