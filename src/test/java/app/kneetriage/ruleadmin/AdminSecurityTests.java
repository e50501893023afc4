package app.kneetriage.ruleadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import app.kneetriage.support.AdminSession;
import app.kneetriage.support.AdminTest;
import app.kneetriage.support.Concurrently;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Trying to get into the admin pages without the right credentials. */
@AdminTest
class AdminSecurityTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anonymousVisitorsAreSentToTheLoginPageAndJsonClientsGet401() {
        AdminSession anonymous = new AdminSession(port);

        for (String page : new String[] { "/admin", "/admin/rules", "/admin/audit", "/admin/admins",
                "/admin/password" }) {
            HttpResponse<String> response = anonymous.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        }
        assertThat(anonymous.getJson("/admin/rules").statusCode()).isEqualTo(401);
        assertThat(anonymous.get("/login").body()).contains("Admin login").contains("not a diagnosis");
    }

    @Test
    void aWrongPasswordDoesNotLogIn() {
        AdminSession session = new AdminSession(port);

        HttpResponse<String> response = session.login(AdminSession.USERNAME, "wrong-password-entirely");

        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(session.get("/admin").statusCode()).isEqualTo(302);
        session.loggedIn();
    }

    @Test
    void noDefaultCredentialsWork() {
        String[][] guesses = { { "admin", "admin" }, { "admin", "password" }, { "admin", "changeme" },
                { "user", "password" }, { "admin", "" }, { AdminSession.USERNAME, "" }, { "root", "root" } };
        for (String[] guess : guesses) {
            AdminSession session = new AdminSession(port);
            HttpResponse<String> response = session.login(guess[0], guess[1]);
            assertThat(response.headers().firstValue("Location").orElse("")).as(guess[0] + "/" + guess[1])
                .doesNotEndWith("/admin");
            assertThat(session.get("/admin").statusCode()).isEqualTo(302);
        }
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() {
        AdminSession admin = new AdminSession(port).loggedIn();

        HttpResponse<String> response = admin.postFormWithoutToken("/admin/rules/draft", Map.of());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void repeatedWrongPasswordsHoldThePlaceBackAndAreAudited() {
        AdminSession admin = new AdminSession(port).loggedIn();
        admin.get("/admin/admins");
        admin.postForm("/admin/admins", Map.of("username", "locky", "password", "rain-on-the-hills-77",
                "confirmPassword", "rain-on-the-hills-77"));
        assertThat(new AdminSession(port).login("locky", "rain-on-the-hills-77")
            .headers()
            .firstValue("Location")
            .orElseThrow()).endsWith("/admin");

        for (int i = 0; i < 5; i++) {
            new AdminSession(port).login("locky", "not-the-password-" + i);
        }
        new AdminSession(port).login("nobody-here", "not-the-password");

        HttpResponse<String> rightPassword = new AdminSession(port).login("locky", "rain-on-the-hills-77");
        assertThat(rightPassword.headers().firstValue("Location").orElseThrow()).endsWith("/login?held");
        String audit = admin.get("/admin/audit?type=ADMIN_USER&q=locky").body();
        assertThat(audit).contains("Logged in admin: locky").contains("Failed login of admin: locky");
        assertThat(admin.get("/admin/audit?type=ADMIN_USER&q=nobody-here").body())
            .as("names that are no account are not logged")
            .doesNotContain("Failed login of");
    }

    @Test
    void thirtyParallelGuessesGetThreePasswordChecksAndTheRightPasswordIsHeldBackAfterThem() throws Exception {
        AdminSession admin = new AdminSession(port).loggedIn();
        admin.get("/admin/admins");
        admin.postForm("/admin/admins", Map.of("username", "racey", "password", "rain-on-the-hills-77",
                "confirmPassword", "rain-on-the-hills-77"));

        List<HttpResponse<String>> guesses = Concurrently.race(30, () -> {
            AdminSession guesser = new AdminSession(port);
            guesser.get("/login");
            return guesser;
        }, guesser -> guesser.postForm("/login",
                Map.of("username", "racey", "password", "guess-" + Thread.currentThread().getId())));

        assertThat(guesses).allSatisfy(guess -> assertThat(guess.headers().firstValue("Location").orElseThrow())
            .matches(".*/login\\?(error|held)"));
        assertThat(count("LOGIN_FAILED")).as("passwords compared").isEqualTo(3);
        HttpResponse<String> rightPassword = new AdminSession(port).login("racey", "rain-on-the-hills-77");
        assertThat(rightPassword.headers().firstValue("Location").orElseThrow()).endsWith("/login?held");
        assertThat(count("LOGIN")).isZero();
    }

    private int count(String action) {
        return jdbc.queryForObject("select count(*) from audit_entry where subject = 'racey' and action = ?",
                Integer.class, action);
    }

    @Test
    void changingThePasswordLogsOutTheAccountsOtherSessionsButNotThisOne() {
        AdminSession admin = new AdminSession(port).loggedIn();
        admin.get("/admin/admins");
        admin.postForm("/admin/admins", Map.of("username", "twosessions", "password", "morning-hill-repeats-9",
                "confirmPassword", "morning-hill-repeats-9"));
        AdminSession laptop = new AdminSession(port);
        laptop.login("twosessions", "morning-hill-repeats-9");
        AdminSession phone = new AdminSession(port);
        phone.login("twosessions", "morning-hill-repeats-9");
        assertThat(phone.get("/admin").statusCode()).isEqualTo(200);

        laptop.get("/admin/password");
        HttpResponse<String> changed = laptop.postForm("/admin/password",
                Map.of("currentPassword", "morning-hill-repeats-9", "newPassword", "evening-tempo-loops-4",
                        "confirmPassword", "evening-tempo-loops-4"));

        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(laptop.get("/admin").statusCode()).isEqualTo(200);
        HttpResponse<String> stale = phone.get("/admin");
        assertThat(stale.statusCode()).isEqualTo(302);
        assertThat(stale.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
        assertThat(admin.get("/admin").statusCode()).as("another admin stays logged in").isEqualTo(200);
    }

    @Test
    void anAdminCanChangeTheirPasswordAndTheOldOneStopsWorking() {
        AdminSession admin = new AdminSession(port).loggedIn();
        admin.get("/admin/admins");
        admin.postForm("/admin/admins", Map.of("username", "changer", "password", "first-pebble-canyon-123",
                "confirmPassword", "first-pebble-canyon-123"));
        AdminSession changer = new AdminSession(port);
        changer.login("changer", "first-pebble-canyon-123");
        changer.get("/admin/password");

        HttpResponse<String> changed = changer.postForm("/admin/password",
                Map.of("currentPassword", "first-pebble-canyon-123", "newPassword", "second-harbour-lights-456",
                        "confirmPassword", "second-harbour-lights-456"));

        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(new AdminSession(port).login("changer", "first-pebble-canyon-123")
            .headers()
            .firstValue("Location")
            .orElseThrow()).endsWith("/login?error");
        assertThat(new AdminSession(port).login("changer", "second-harbour-lights-456")
            .headers()
            .firstValue("Location")
            .orElseThrow()).endsWith("/admin");
        assertThat(admin.get("/admin/audit?type=ADMIN_USER&q=changer").body())
            .contains("Changed the password of admin: changer");
    }

}
