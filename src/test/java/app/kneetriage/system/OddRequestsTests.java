package app.kneetriage.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import app.kneetriage.support.AdminSession;
import app.kneetriage.support.DatabaseTest;
import app.kneetriage.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests no page expects (issue 23, the fault run's inputs that still gave 500): each
 * gets a clear answer of its own, never a 500.
 */
@DatabaseTest
class OddRequestsTests {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void theErrorPageRequestedDirectlyIsNotFoundRatherThanAServerError() {
        assertThat(http.page("/error").status()).isEqualTo(404);
        assertThat(http.get("/error").status()).isEqualTo(404);
    }

    @Test
    void aTamperedCsrfTokenIsRefusedNotAServerError() {
        Http.Response login = http.send("POST", "/login", "username=a&password=b&_csrf=not-the-token", "Content-Type",
                "application/x-www-form-urlencoded", "Cookie", "XSRF-TOKEN=another-token", "Accept", "text/html");
        Http.Response form = http.send("POST", "/triage", "location=FRONT&_csrf=%%%", "Content-Type",
                "application/x-www-form-urlencoded", "Cookie", "XSRF-TOKEN=x", "Accept", "text/html");

        assertThat(login.status()).isBetween(400, 403);
        assertThat(form.status()).isBetween(400, 403);
    }

    @Test
    void anAdminPageAskedForTwiceBeforeLoggingInIsSentToTheLoginBothTimesAndOpensAfterIt() {
        AdminSession visitor = new AdminSession(port);

        for (int i = 0; i < 2; i++) {
            HttpResponse<String> refused = visitor.get("/admin/audit");
            assertThat(refused.statusCode()).isEqualTo(302);
            assertThat(refused.headers().firstValue("Location").orElse("")).endsWith("/login");
        }
        HttpResponse<String> login = visitor.login(AdminSession.USERNAME, AdminSession.PASSWORD);

        assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/admin/audit");
    }

    @Test
    void keepingATrialWithNothingButTheCsrfTokenIsNotAServerError() {
        AdminSession admin = new AdminSession(port).loggedIn();
        admin.get("/admin/rules/try");

        HttpResponse<String> kept = admin.postForm("/admin/rules/try/keep", Map.of());

        assertThat(kept.statusCode()).as("back to the empty trial form").isEqualTo(303);
        assertThat(kept.headers().firstValue("Location").orElse("")).endsWith("/admin/rules/try");
    }

    @Test
    void aFormThatSearchesWithGetCarriesNoCsrfTokenIntoTheAddress() {
        String page = new AdminSession(port).loggedIn().get("/admin/audit").body();
        String filterForm = page.substring(page.indexOf("<form method=\"get\""));
        filterForm = filterForm.substring(0, filterForm.indexOf("</form>"));

        assertThat(filterForm).contains("name=\"actor\"").doesNotContain("_csrf");
    }

    @Test
    void aListIndexThatIsNotANumberIsRefusedNotAServerError() {
        Http.Response page = http.page("/triage");
        String cookie = page.header("Set-Cookie").split(";")[0];
        String token = cookie.substring(cookie.indexOf('=') + 1);

        Http.Response odd = http.send("POST", "/triage", "timing[a]=AT_REST&_csrf=" + token, "Content-Type",
                "application/x-www-form-urlencoded", "Cookie", cookie, "Accept", "text/html");

        assertThat(odd.status()).isBetween(400, 499);
    }

}
