package app.kneetriage.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.FlashMap;

/**
 * The one-time manage link travels from the form's redirect to the result page in an
 * encrypted cookie: readable by the app on any instance with the same secret, by nobody
 * else, and gone once shown.
 */
class CookieFlashMapManagerTests {

    private static final String MANAGE_URL = "http://localhost/m/Ab3dEf6hIj9kLm2nOp5qRs8t";

    private final CookieFlashMapManager flash = new CookieFlashMapManager(
            new ServerSecret("flash-secret-for-tests-0123456789".getBytes()), new CookieNames(""));

    @Test
    void theRedirectTargetGetsTheAttributeOnceAndTheCookieHidesIt() {
        Cookie cookie = cookieAfterRedirectTo("/r/token");
        assertThat(cookie.getValue()).doesNotContain("Ab3dEf6h").doesNotContain("manage");
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getMaxAge()).isEqualTo(180);

        MockHttpServletRequest target = new MockHttpServletRequest("GET", "/r/token");
        target.setCookies(cookie);
        MockHttpServletResponse shown = new MockHttpServletResponse();
        FlashMap received = flash.retrieveAndUpdate(target, shown);

        assertThat((Map<String, Object>) received).containsEntry("manageUrl", MANAGE_URL);
        assertThat(shown.getCookie(CookieFlashMapManager.COOKIE).getMaxAge()).as("cleared once shown").isZero();
    }

    @Test
    void anotherPageDoesNotGetIt() {
        MockHttpServletRequest other = new MockHttpServletRequest("GET", "/r/other");
        other.setCookies(cookieAfterRedirectTo("/r/token"));

        assertThat((Object) flash.retrieveAndUpdate(other, new MockHttpServletResponse())).isNull();
    }

    @Test
    void aChangedCookieOrAnotherSecretCarriesNothing() {
        Cookie cookie = cookieAfterRedirectTo("/r/token");
        // A character in the middle: every one of its bits is used (the last one's may
        // not be).
        char[] changed = cookie.getValue().toCharArray();
        int middle = changed.length / 2;
        changed[middle] = changed[middle] == 'A' ? 'B' : 'A';
        MockHttpServletRequest tampered = new MockHttpServletRequest("GET", "/r/token");
        tampered.setCookies(new Cookie(CookieFlashMapManager.COOKIE, new String(changed)));
        MockHttpServletRequest otherSecret = new MockHttpServletRequest("GET", "/r/token");
        otherSecret.setCookies(cookie);

        assertThat((Object) flash.retrieveAndUpdate(tampered, new MockHttpServletResponse())).isNull();
        assertThat((Object) new CookieFlashMapManager(new ServerSecret("another-secret-for-tests-01234567".getBytes()),
                new CookieNames(""))
            .retrieveAndUpdate(otherSecret, new MockHttpServletResponse())).isNull();
    }

    @Test
    void redirectsNeverFollowedKeepOnlyTheNewestFewSoTheCookieStaysSmall() {
        Cookie cookie = null;
        for (int i = 0; i < 40; i++) {
            FlashMap output = new FlashMap();
            output.put("message", "saved-" + i);
            output.setTargetRequestPath("/m/page-" + i);
            MockHttpServletRequest post = new MockHttpServletRequest("POST", "/m/page-" + i);
            if (cookie != null) {
                post.setCookies(cookie);
            }
            MockHttpServletResponse redirect = new MockHttpServletResponse();
            flash.saveOutputFlashMap(output, post, redirect);
            cookie = redirect.getCookie(CookieFlashMapManager.COOKIE);
        }

        assertThat(cookie.getValue().length()).as("well under the 4 KB a browser keeps").isLessThan(1500);
        MockHttpServletRequest newest = new MockHttpServletRequest("GET", "/m/page-39");
        newest.setCookies(cookie);
        assertThat((Map<String, Object>) flash.retrieveAndUpdate(newest, new MockHttpServletResponse()))
            .containsEntry("message", "saved-39");
        MockHttpServletRequest oldest = new MockHttpServletRequest("GET", "/m/page-0");
        oldest.setCookies(cookie);
        assertThat((Object) flash.retrieveAndUpdate(oldest, new MockHttpServletResponse())).isNull();
    }

    private Cookie cookieAfterRedirectTo(String path) {
        FlashMap output = new FlashMap();
        output.put("manageUrl", MANAGE_URL);
        output.setTargetRequestPath(path);
        MockHttpServletResponse redirect = new MockHttpServletResponse();
        flash.saveOutputFlashMap(output, new MockHttpServletRequest("POST", "/triage"), redirect);
        return redirect.getCookie(CookieFlashMapManager.COOKIE);
    }

}
