package app.kneetriage.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A strict Content-Security-Policy and friends on every response, including Spring
 * Security's own redirects, 401s and 403s and the error pages (this filter runs first),
 * and on pages and API answers that hold health data, or lead to it, also no caching, no
 * indexing and no referrer: which those are, each module says in its {@link UrlPolicy}.
 * The pages have no inline script or style, so only the app's own files may run; Pico's
 * icons are data: images.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** No camera, microphone, location or payment: the app uses none of them. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private final UrlPolicies policies;

    SecurityHeadersFilter(ObjectProvider<UrlPolicy> policies) {
        this.policies = new UrlPolicies(policies);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        UrlPolicy.Privacy privacy = policies.of(request).privacy();
        if (privacy == UrlPolicy.Privacy.PUBLIC_FORM && HttpMethod.GET.matches(request.getMethod())) {
            // The empty form: findable by search engines, but never kept by a cache,
            // since
            // it carries this visitor's CSRF token.
            response.setHeader("Referrer-Policy", "same-origin");
            response.setHeader("Cache-Control", "no-store");
        }
        else if (privacy != UrlPolicy.Privacy.PUBLIC) {
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
