package app.kneetriage.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import app.kneetriage.support.AdminSession;
import app.kneetriage.support.DatabaseTest;
import app.kneetriage.support.Http;
import app.kneetriage.support.TriageJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Requests no page expects (issue 23, the fault run's inputs that still gave 500): each
 * gets a clear answer of its own, never a 500.
 */
@DatabaseTest
class OddRequestsTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

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
    void startingTheReturnToRunningWithOnlyAHighDayIndexIsNotAServerError() {
        String key = http.postJson("/api/v1/triage", TriageJson.keepRunningLess()).json().get("manageKey").asString();
        // A browser-like client: keeps cookies and the page's CSRF token.
        AdminSession runner = new AdminSession(port);
        runner.get("/m/" + key + "/running");

        HttpResponse<String> onlyEmpty = runner.postForm("/m/" + key + "/running/start",
                Map.of("baselinePain", "1", "days[2]", ""));
        runner.get("/m/" + key + "/running");
        HttpResponse<String> onlyHigh = runner.postForm("/m/" + key + "/running/start", Map.of("baselinePain", "1",
                "days[2]", "MONDAY", "activities[0].name", "Stairs", "activities[0].score", "4"));

        assertThat(onlyEmpty.statusCode()).as("no day chosen: asked again").isEqualTo(422);
        assertThat(onlyHigh.statusCode()).as("the one day chosen starts it").isEqualTo(303);
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
        // A browser-like client: keeps cookies and the page's CSRF token, so the index is
        // what gets refused, not the token.
        AdminSession runner = new AdminSession(port);
        runner.get("/triage");

        for (String name : new String[] { "timing[a]", "timing[ 1]", "timing[1.5]", "timing[-1]" }) {
            HttpResponse<String> odd = runner.postForm("/triage", Map.of(name, "AT_REST"));

            assertThat(odd.statusCode()).as(name).isEqualTo(400);
        }
        assertThat(runner.postForm("/triage", Map.of("timing[0]", "AT_REST")).statusCode())
            .as("a plain index goes on to the form's own checks")
            .isEqualTo(422);
    }

    @Test
    void aPostPressingTwoButtonsAtOnceIsRefusedNotAServerError() {
        AdminSession admin = new AdminSession(port).loggedIn();
        admin.get("/admin/rules");
        admin.postForm("/admin/rules/draft", Map.of());
        try {
            admin.get("/admin/rules/sections");
            HttpResponse<String> twoButtons = admin.postForm("/admin/rules/sections",
                    Map.of("addRow", "1", "moveDown", "0"));
            admin.get("/admin/rules/causes/PFPS");
            HttpResponse<String> twoCauseButtons = admin.postForm("/admin/rules/causes/PFPS",
                    Map.of("addCondition", "", "removeExercise", "0"));

            Map<String, String> runningRules = AdminSession.formFields(admin.get("/admin/rules/running").body());
            List<Integer> oddBuilderPaths = Stream
                .of("add:", "add:rows", "add:rows[99999999999].condition", "remove:rows[0].condition:-1",
                        "remove:rows[0].condition:99999999999", "add:rows[0].condition.parts[0].parts[0].parts[0]",
                        "add:class.module.classLoader", "add:rows[0]..condition", "nonsense:rows[0].condition:1:2")
                .map(action -> {
                    Map<String, String> fields = new LinkedHashMap<>(runningRules);
                    fields.put("builder", action);
                    return admin.postForm("/admin/rules/running", fields).statusCode();
                })
                .toList();
            HttpResponse<String> noKind = admin.postForm("/admin/rules/causes/PFPS",
                    Map.of("version", "0", "code", "PFPS", "name", "x", "pattern[0].condition.kind", ""));

            assertThat(twoButtons.statusCode()).isEqualTo(400);
            assertThat(noKind.statusCode()).as("a condition posted without its kind").isLessThan(500);
            assertThat(oddBuilderPaths).as("malformed builder paths").allMatch(status -> status < 500);
            assertThat(twoCauseButtons.statusCode()).isEqualTo(400);
        }
        finally {
            jdbc.update("delete from rule_set where status = 'DRAFT'");
        }
    }

    @Test
    void removingACauseThatAnotherRuleUsesIsRefusedWithTheReasonAndRemovesNothing() {
        AdminSession admin = new AdminSession(port).loggedIn();
        admin.get("/admin/rules");
        admin.postForm("/admin/rules/draft", Map.of());
        try {
            admin.get("/admin/rules/causes/BONE_STRESS/delete");
            HttpResponse<String> refused = admin.postForm("/admin/rules/causes/BONE_STRESS/delete", Map.of());

            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(refused.body()).contains("Nothing was removed").contains("BONE_STRESS");
            assertThat(admin.get("/admin/rules/causes/BONE_STRESS").statusCode()).isEqualTo(200);
        }
        finally {
            jdbc.update("delete from rule_set where status = 'DRAFT'");
        }
    }

}
