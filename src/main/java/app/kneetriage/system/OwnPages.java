package app.kneetriage.system;

import java.util.List;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a request gets pages of its own rather than ones kept for everyone: a session
 * (an admin, whose pages carry a CSRF token) or a flash message (the runner's page right
 * after submitting). Other cookies, such as the CSRF cookie the symptom form leaves,
 * change nothing on a public page.
 */
public final class OwnPages {

    private static final List<String> OWN_STATE_COOKIES = List.of(SessionConfiguration.COOKIE,
            CookieFlashMapManager.COOKIE);

    private OwnPages() {
    }

    public static boolean wanted(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        for (Cookie cookie : cookies) {
            if (OWN_STATE_COOKIES.stream().anyMatch(own -> CookieNames.is(cookie.getName(), own))) {
                return true;
            }
        }
        return false;
    }

}
