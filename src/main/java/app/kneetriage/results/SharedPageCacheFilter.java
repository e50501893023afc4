package app.kneetriage.results;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import app.kneetriage.system.OwnPages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves {@code GET /r/{token}} from the {@link SharedPageCache} when it is fresh, and
 * keeps what was rendered otherwise. The innermost filter, so the security, header and
 * rate-limit filters run for every request as before. Only anonymous readers share the
 * cache: a request with a session (an admin's page carries a CSRF token) or a flash
 * message (the runner's own page after submitting) is rendered for itself. The page's
 * ETag lets a browser's repeat visit get {@code 304 Not Modified}.
 */
class SharedPageCacheFilter extends OncePerRequestFilter {

    private static final Pattern SHARED_PAGE = Pattern.compile("/r/[A-Za-z0-9_-]{1,64}");

    private final SharedPageCache cache;

    SharedPageCacheFilter(SharedPageCache cache) {
        this.cache = cache;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || request.getQueryString() != null
                || !SHARED_PAGE.matcher(request.getRequestURI()).matches() || OwnPages.wanted(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = Tokens.hash(request.getRequestURI().substring("/r/".length()));
        Optional<SharedPageCache.Page> cached = cache.fresh(key);
        if (cached.isPresent()) {
            write(cached.get(), request, response);
            return;
        }
        ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
        Instant renderedAt = cache.now();
        chain.doFilter(request, rendering);
        String contentType = rendering.getContentType();
        if (rendering.getStatus() == HttpServletResponse.SC_OK && contentType != null
                && contentType.startsWith("text/html") && rendering.getHeader(HttpHeaders.SET_COOKIE) == null) {
            byte[] body = rendering.getContentAsByteArray();
            String etag = etag(body);
            cache.keep(key, new SharedPageCache.Page(body, contentType,
                    rendering.getHeader(HttpHeaders.CONTENT_LANGUAGE), etag, renderedAt));
            rendering.setHeader(HttpHeaders.ETAG, etag);
        }
        rendering.copyBodyToResponse();
    }

    private static void write(SharedPageCache.Page page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader(HttpHeaders.ETAG, page.etag());
        if (page.etag().equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(page.contentType());
        if (page.contentLanguage() != null) {
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
        }
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
