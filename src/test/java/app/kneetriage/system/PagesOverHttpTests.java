package app.kneetriage.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import app.kneetriage.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What every page sends, and what a browser gets when something is missing or wrong. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PagesOverHttpTests {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void theRunnersPagesCreateNoSessionTheFormsTokenIsACookie() {
        for (String page : new String[] { "/", "/triage", "/login" }) {
            Http.Response response = http.page(page);
            List<String> cookies = response.raw().headers().allValues("Set-Cookie");
            assertThat(cookies).as(page).noneMatch(cookie -> cookie.startsWith("SESSION="));
            if (!page.equals("/")) {
                assertThat(cookies).as(page)
                    .anyMatch(cookie -> cookie.startsWith("XSRF-TOKEN=") && cookie.contains("HttpOnly")
                            && cookie.contains("SameSite=Lax"));
            }
        }
    }

    @Test
    void everyPageSaysItIsNotADiagnosis() {
        assertThat(http.page("/").body()).contains("not a diagnosis");
        assertThat(http.page("/triage").body()).contains("not a diagnosis");
        assertThat(http.page("/r/AAAAAAAAAAAAAAAAAAAAAAAA").body()).contains("not a diagnosis");
    }

    @Test
    void theStartPageLeadsToTheCheckAndKeepsEveryWarningSignOneTapAway() {
        String body = http.page("/").body();

        assertThat(body.indexOf("Start the check")).isPositive().isLessThan(body.indexOf("Need help now instead?"));
        String fullList = body.substring(body.indexOf("<details>"), body.indexOf("</details>"));
        assertThat(fullList).contains("The knee gives way under you")
            .contains("Your calf is painful, swollen, warm or red");
        assertThat(body).contains("<meta name=\"description\"").contains("rel=\"icon\"");
    }

    @Test
    void theFormIsFindableBySearchEnginesButAFilledInFormIsNot() {
        Http.Response empty = http.page("/triage");
        assertThat(empty.header("X-Robots-Tag")).isNull();
        assertThat(empty.header("Cache-Control")).isEqualTo("no-store");
        assertThat(empty.body()).doesNotContain("noindex");

        Http.Response withErrors = http.post("/triage", "application/x-www-form-urlencoded", "painScore=4");
        assertThat(withErrors.header("X-Robots-Tag")).isEqualTo("noindex, nofollow");
    }

    @Test
    void theFaviconIsServed() {
        assertThat(http.page("/favicon.ico").status()).isEqualTo(301);
        Http.Response icon = http.page("/favicon.svg");
        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.header("Content-Type")).startsWith("image/svg+xml");
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicy() {
        Http.Response page = http.page("/triage");

        assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'").doesNotContain("unsafe");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.body()).doesNotContain("<script>").doesNotContain(" style=");
    }

    @Test
    void unknownResultsAndPagesGetTheFriendly404Page() {
        for (String path : new String[] { "/r/AAAAAAAAAAAAAAAAAAAAAAAA", "/r/not-a-token", "/no/such/page" }) {
            Http.Response page = http.page(path);

            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.header("Content-Type")).startsWith("text/html");
            assertThat(page.body()).contains("We could not find this page").doesNotContain("Whitelabel");
        }
    }

    @Test
    void otherErrorsGetTheFriendlyErrorPageWithoutDetails() {
        Http.Response wrongMethod = http.page("/m/AAAAAAAAAAAAAAAAAAAAAAAA/revoke");

        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.body()).contains("Something went wrong")
            .doesNotContain("Whitelabel")
            .doesNotContain("Exception");
    }

    @Test
    void securityHeadersReachEveryResponseIncludingSecuritysOwnAndAdminPagesAreNotCached() {
        Http.Response loginRedirect = http.page("/admin/rules");
        Http.Response unauthorized = http.get("/admin/rules");
        Http.Response login = http.page("/login");
        Http.Response missing = http.page("/no-such-page");

        assertThat(loginRedirect.status()).isEqualTo(302);
        assertThat(unauthorized.status()).isEqualTo(401);
        for (Http.Response response : List.of(loginRedirect, unauthorized, login, missing, http.page("/"))) {
            assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'");
            assertThat(response.header("Permissions-Policy")).contains("camera=()").contains("geolocation=()");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
        assertThat(login.header("Cache-Control")).isEqualTo("no-store");
        assertThat(loginRedirect.header("Cache-Control")).isEqualTo("no-store");
    }

}
