package app.kneetriage.admins;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import app.kneetriage.KneeTriageApplication;
import app.kneetriage.support.AdminSession;
import app.kneetriage.support.AdminTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An admin account over its life: a generated first password that must be replaced before
 * anything else, and disabling another admin, each ending the account's open sessions.
 * Wrong passwords end none (LoginThrottleTests).
 */
@AdminTest
class AdminAccountLifecycleTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aGeneratedFirstPasswordMustBeChangedAtTheFirstLogin() {
        String url = "jdbc:h2:mem:first-admin-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KneeTriageApplication.class).run(
                "--spring.datasource.url=" + url, "--server.port=0", "--spring.main.banner-mode=off",
                "--knee-triage.admin.username=first", "--knee-triage.admin.password=")) {
            assertThat(app.getBean(JdbcTemplate.class)
                .queryForObject("SELECT must_change_password FROM admin_user WHERE username = 'first'", Boolean.class))
                .isTrue();
        }
    }

    @Test
    void anAdminWhoMustChangeThePasswordSeesNothingElseUntilTheyHave() {
        addAdmin("newbie", "first-light-on-the-track-3");
        jdbc.update("UPDATE admin_user SET must_change_password = TRUE WHERE username = 'newbie'");
        AdminSession newbie = new AdminSession(port);
        assertThat(location(newbie.login("newbie", "first-light-on-the-track-3"))).endsWith("/admin");

        for (String page : new String[] { "/admin", "/admin/rules", "/admin/audit", "/admin/admins" }) {
            HttpResponse<String> refused = newbie.get(page);
            assertThat(refused.statusCode()).as(page).isEqualTo(302);
            assertThat(location(refused)).as(page).endsWith("/admin/password");
        }
        assertThat(newbie.get("/admin/password").body()).contains("Choose your own before you go on")
            .as("a way out without changing it")
            .contains("action=\"/logout\"");
        HttpResponse<String> changed = newbie.postForm("/admin/password",
                Map.of("currentPassword", "first-light-on-the-track-3", "newPassword", "my-own-hill-session-58",
                        "confirmPassword", "my-own-hill-session-58"));

        assertThat(location(changed)).endsWith("/login?changed");
        assertThat(location(newbie.get("/admin"))).endsWith("/login");
        AdminSession again = new AdminSession(port);
        assertThat(location(again.login("newbie", "my-own-hill-session-58"))).endsWith("/admin");
        assertThat(again.get("/admin/rules").statusCode()).isEqualTo(200);
    }

    @Test
    void aDisabledAdminIsLoggedOutAtOnceAndCannotLogInUntilEnabled() {
        addAdmin("leaver", "autumn-trail-miles-62");
        AdminSession leaver = new AdminSession(port);
        leaver.login("leaver", "autumn-trail-miles-62");
        assertThat(leaver.get("/admin").statusCode()).isEqualTo(200);
        AdminSession admin = new AdminSession(port).loggedIn();
        assertThat(admin.get("/admin/admins").body()).contains("leaver");

        HttpResponse<String> disabled = admin.postForm("/admin/admins/leaver/disabled", Map.of("disabled", "true"));

        assertThat(disabled.statusCode()).isEqualTo(303);
        assertThat(location(leaver.get("/admin"))).endsWith("/login?expired");
        assertThat(location(new AdminSession(port).login("leaver", "autumn-trail-miles-62"))).endsWith("/login?error");
        admin.get("/admin/admins");
        assertThat(admin.postForm("/admin/admins/" + AdminSession.USERNAME + "/disabled", Map.of("disabled", "true"))
            .statusCode()).as("not oneself").isEqualTo(404);
        admin.get("/admin/admins");
        admin.postForm("/admin/admins/leaver/disabled", Map.of("disabled", "false"));
        assertThat(location(new AdminSession(port).login("leaver", "autumn-trail-miles-62"))).endsWith("/admin");
        assertThat(
                jdbc.queryForList("SELECT action FROM audit_entry WHERE subject = 'leaver' ORDER BY id", String.class))
            .containsSubsequence("DISABLE", "ENABLE");
    }

    private void addAdmin(String username, String password) {
        AdminSession admin = new AdminSession(port).loggedIn();
        admin.get("/admin/admins");
        assertThat(admin
            .postForm("/admin/admins", Map.of("username", username, "password", password, "confirmPassword", password))
            .statusCode()).isEqualTo(303);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

}
