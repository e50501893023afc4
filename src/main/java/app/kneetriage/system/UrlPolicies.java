package app.kneetriage.system;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every module's {@link UrlPolicy}, matched as Spring MVC matches its handlers: the raw
 * address decoded segment by segment, without the context path and {@code ;} parameters,
 * so that {@code /api/v1/%74riage} is {@code /api/v1/triage} here too. The most specific
 * pattern wins, whichever module declared it.
 */
final class UrlPolicies {

    private record Entry(PathPattern pattern, UrlPolicy policy) {
    }

    private static final UrlPolicy UNNAMED = new UrlPolicy(List.of("/**"), UrlPolicy.Privacy.PUBLIC,
            UrlPolicy.RateLimitKind.NONE, UrlPolicy.RateLimitKind.NONE, false);

    /**
     * An address that does not parse is answered 400 further in; it leaks nothing here.
     */
    private static final UrlPolicy UNREADABLE = UrlPolicy.privatePages("/**");

    private final List<Entry> entries;

    /**
     * From a provider: web slice tests declare no policies, and their pages are then
     * public.
     */
    UrlPolicies(ObjectProvider<UrlPolicy> policies) {
        this(policies.orderedStream().toList());
    }

    UrlPolicies(List<UrlPolicy> policies) {
        this.entries = policies.stream()
            .flatMap(policy -> policy.paths()
                .stream()
                .map(path -> new Entry(PathPatternParser.defaultInstance.parse(path), policy)))
            .toList();
    }

    UrlPolicy of(HttpServletRequest request) {
        PathContainer path;
        try {
            path = RequestPath.parse(request.getRequestURI(), request.getContextPath()).pathWithinApplication();
        }
        catch (IllegalArgumentException unreadable) {
            return UNREADABLE;
        }
        Optional<Entry> found = entries.stream()
            .filter(entry -> entry.pattern().matches(path))
            .min(Comparator.comparing(Entry::pattern, PathPattern.SPECIFICITY_COMPARATOR));
        return found.map(Entry::policy).orElse(UNNAMED);
    }

    static boolean isRead(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    /** What this request counts against: its policy's kind for reads or for writes. */
    UrlPolicy.RateLimitKind rateLimitOf(HttpServletRequest request) {
        UrlPolicy policy = of(request);
        return isRead(request) ? policy.reads() : policy.writes();
    }

}
