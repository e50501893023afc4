package app.kneetriage.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.savedrequest.CookieRequestCache;

/**
 * Keeps the admin page an anonymous visitor asked for in a cookie, only to go there after
 * the login. The cookie holds the address alone, so when that page is asked for again it
 * is served as the request it is: the saved copy would stand in with no headers, and
 * without {@code Accept} a browser would be answered as a script (401, blank page).
 */
class PageOnlyRequestCache extends CookieRequestCache {

    @Override
    public HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
        // The parent clears the cookie when the address matches.
        return (super.getMatchingRequest(request, response) == null) ? null : request;
    }

}
