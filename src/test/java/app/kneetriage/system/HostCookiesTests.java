package app.kneetriage.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.kneetriage.support.AdminSession;
import app.kneetriage.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Served over HTTPS, the app's own cookies are {@code __Host-} cookies: Secure, for the
 * whole host, with no Domain, so that no subdomain or plain-HTTP page can plant one. The
 * proxy in front terminates TLS; the test talks to the app directly and sends the cookies
 * back by hand, as a browser would over HTTPS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "knee-triage.public-url=https://kneetriage.example")
class HostCookiesTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void theCsrfAndSessionCookiesAreHostCookiesAndALoginWorksWithThem() {
        Http http = new Http(port);
        Http.Response loginPage = http.page("/login");
        String csrfCookie = cookie(loginPage, "__Host-XSRF-TOKEN");
        Matcher token = CSRF.matcher(loginPage.body());
        assertThat(token.find()).isTrue();

        Http.Response login = http.send("POST", "/login",
                "username=" + AdminSession.USERNAME + "&password=" + AdminSession.PASSWORD + "&_csrf=" + token.group(1),
                "Content-Type", "application/x-www-form-urlencoded", "Cookie", nameAndValue(csrfCookie));
        assertThat(login.header("Location")).endsWith("/admin");
        String sessionCookie = cookie(login, "__Host-SESSION");

        for (String cookie : List.of(csrfCookie, sessionCookie)) {
            assertThat(cookie).contains("; Secure").contains("; Path=/;").containsIgnoringCase("HttpOnly");
            assertThat(cookie.toLowerCase()).doesNotContain("domain=");
        }
        assertThat(
                http.send("GET", "/admin", null, "Accept", "text/html", "Cookie", nameAndValue(sessionCookie)).status())
            .isEqualTo(200);
    }

    private static String cookie(Http.Response response, String name) {
        return response.raw()
            .headers()
            .allValues("Set-Cookie")
            .stream()
            .filter(cookie -> cookie.startsWith(name + "="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.raw().headers()));
    }

    private static String nameAndValue(String setCookie) {
        return setCookie.split(";")[0];
    }

}
