package app.kneetriage.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A strict Content-Security-Policy and friends on every response, and on pages and API
 * answers that hold health data also no caching, no indexing and no referrer. The pages
 * have no inline script or style, so only the app's own files may run; Pico's icons are
 * data: images.
 */
@Component
class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /**
     * Paths whose responses carry a runner's answers or the secrets that lead to them.
     */
    static boolean isPrivate(String path) {
        return path.startsWith("/r/") || path.startsWith("/m/") || path.startsWith("/api/") || path.equals("/triage")
                || path.equals("/deleted");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (isPrivate(request.getRequestURI().substring(request.getContextPath().length()))) {
            // Health answers: never cached, indexed, or leaked through the Referer of a
            // followed link.
            response.setHeader("Referrer-Policy", "no-referrer");
            response.setHeader("X-Robots-Tag", "noindex, nofollow");
            response.setHeader("Cache-Control", "no-store");
        }
        else {
            response.setHeader("Referrer-Policy", "same-origin");
        }
        chain.doFilter(request, response);
    }

}
