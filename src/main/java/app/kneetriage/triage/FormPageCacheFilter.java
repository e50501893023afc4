package app.kneetriage.triage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import app.kneetriage.system.OwnPages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The empty symptom form ({@code GET /triage}) is the same page for every runner but for
 * its CSRF token, and rendering it was nine tenths of its cost (see BENCHMARKS.md). It is
 * rendered once a minute; each request gets that page with its own token written in. A
 * reader with a session or a flash message, or any query, gets a page rendered for them.
 * Registered as the innermost filter by {@link FormPageConfiguration}.
 */
class FormPageCacheFilter extends OncePerRequestFilter {

    private static final Duration FRESH_FOR = Duration.ofMinutes(1);

    /** The page around its token, and what the response needs besides. */
    private record Page(byte[] beforeToken, byte[] afterToken, String contentType, String contentLanguage,
            Instant renderedAt) {
    }

    private final Clock clock;

    private volatile Page page;

    FormPageCacheFilter(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || request.getQueryString() != null
                || !"/triage".equals(request.getRequestURI()) || OwnPages.wanted(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Page kept = page;
        if (csrf != null && kept != null && clock.instant().isBefore(kept.renderedAt().plus(FRESH_FOR))) {
            byte[] token = csrf.getToken().getBytes(StandardCharsets.UTF_8);
            response.setContentType(kept.contentType());
            if (kept.contentLanguage() != null) {
                response.setHeader(HttpHeaders.CONTENT_LANGUAGE, kept.contentLanguage());
            }
            response.setContentLength(kept.beforeToken().length + token.length + kept.afterToken().length);
            response.getOutputStream().write(kept.beforeToken());
            response.getOutputStream().write(token);
            response.getOutputStream().write(kept.afterToken());
            return;
        }
        Instant renderedAt = clock.instant();
        ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, rendering);
        String contentType = rendering.getContentType();
        if (csrf != null && rendering.getStatus() == HttpServletResponse.SC_OK && contentType != null
                && contentType.startsWith("text/html")) {
            keep(rendering, csrf.getToken(), contentType, renderedAt);
        }
        rendering.copyBodyToResponse();
    }

    /** Keeps the page if its token is in it exactly once, as the form's hidden field. */
    private void keep(ContentCachingResponseWrapper rendering, String token, String contentType, Instant renderedAt) {
        String body = new String(rendering.getContentAsByteArray(), StandardCharsets.UTF_8);
        int at = body.indexOf(token);
        if (at < 0 || body.indexOf(token, at + 1) >= 0) {
            return;
        }
        page = new Page(body.substring(0, at).getBytes(StandardCharsets.UTF_8),
                body.substring(at + token.length()).getBytes(StandardCharsets.UTF_8), contentType,
                rendering.getHeader(HttpHeaders.CONTENT_LANGUAGE), renderedAt);
    }

}
