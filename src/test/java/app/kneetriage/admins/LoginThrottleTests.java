package app.kneetriage.admins;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.kneetriage.support.AdminSession;
import app.kneetriage.support.Concurrently;
import app.kneetriage.support.DatabaseTest;
import app.kneetriage.support.MovableClock;
import app.kneetriage.support.MovableClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Wrong passwords are held back per account and place: a stranger's guesses slow the
 * stranger down, never the admin at another place, and never end a session already open.
 * Places are told apart by X-Forwarded-For, which the app takes from the local proxy
 * here. The connection pool is smaller than the parallel guesses, so a login that held
 * one connection while waiting for a second would run the pool dry and fail.
 */
@DatabaseTest
@Import(MovableClockConfiguration.class)
@TestPropertySource(
        properties = { "server.forward-headers-strategy=native", "spring.datasource.hikari.maximum-pool-size=4" })
class LoginThrottleTests {

    private static final String STRANGER = "198.51.100.7";

    private static final String OFFICE = "203.0.113.20";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MovableClock clock;

    @Autowired
    LoginThrottle throttle;

    private String username;

    private String password;

    @BeforeEach
    void addAdmin() {
        clock.reset();
        username = "throttled-" + UUID.randomUUID().toString().substring(0, 8);
        password = "lantern-harbour-evening-" + UUID.randomUUID().toString().substring(0, 4);
        AdminSession admin = new AdminSession(port).loggedIn();
        admin.get("/admin/admins");
        assertThat(admin
            .postForm("/admin/admins", Map.of("username", username, "password", password, "confirmPassword", password))
            .statusCode()).isEqualTo(303);
    }

    @AfterEach
    void removeAdmin() {
        jdbc.update("DELETE FROM admin_user WHERE username = ?", username);
        jdbc.update("DELETE FROM login_throttle");
        clock.reset();
    }

    @Test
    void theWaitDoublesFromTheThirdWrongPasswordUpToAnHour() {
        assertThat(LoginThrottle.waitAfter(1)).isZero();
        assertThat(LoginThrottle.waitAfter(2)).isZero();
        assertThat(LoginThrottle.waitAfter(3)).isEqualTo(Duration.ofSeconds(15));
        assertThat(LoginThrottle.waitAfter(4)).isEqualTo(Duration.ofSeconds(30));
        assertThat(LoginThrottle.waitAfter(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(LoginThrottle.waitAfter(11)).isEqualTo(Duration.ofHours(1));
        assertThat(LoginThrottle.waitAfter(1_000_000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void fiveGuessesByAStrangerLeaveTheLoggedInAdminLoggedInAndFreeToLogInElsewhere() {
        AdminSession atWork = new AdminSession(port).from(OFFICE);
        assertThat(location(atWork.login(username, password))).endsWith("/admin");

        for (int i = 0; i < 5; i++) {
            new AdminSession(port).from(STRANGER).login(username, "wrong-guess-" + i);
        }

        assertThat(atWork.get("/admin").statusCode()).as("still logged in").isEqualTo(200);
        assertThat(location(new AdminSession(port).from(OFFICE).login(username, password)))
            .as("a new login from the admin's own place")
            .endsWith("/admin");
        assertThat(location(new AdminSession(port).from(STRANGER).login(username, password)))
            .as("the stranger's place is held back, right password or not")
            .endsWith("/login?held");
    }

    @Test
    void aHeldPlaceGetsOneCheckAfterTheWaitAndWaitsLongerAfterItIsWrong() {
        for (int i = 0; i < 3; i++) {
            assertThat(location(new AdminSession(port).from(STRANGER).login(username, "wrong-" + i)))
                .endsWith("/login?error");
        }
        assertThat(location(new AdminSession(port).from(STRANGER).login(username, "wrong-3"))).endsWith("/login?held");

        clock.advance(Duration.ofSeconds(16));
        assertThat(location(new AdminSession(port).from(STRANGER).login(username, "wrong-4"))).endsWith("/login?error");
        clock.advance(Duration.ofSeconds(16));
        assertThat(location(new AdminSession(port).from(STRANGER).login(username, password))).as("now 30 seconds")
            .endsWith("/login?held");

        clock.advance(Duration.ofSeconds(15));
        assertThat(location(new AdminSession(port).from(STRANGER).login(username, password))).endsWith("/admin");
        assertThat(location(new AdminSession(port).from(STRANGER).login(username, "typo")))
            .as("a login starts the place again")
            .endsWith("/login?error");
    }

    @Test
    void theAddressesOfOneIpv6NetworkAreOnePlace() {
        for (int i = 1; i <= 3; i++) {
            new AdminSession(port).from("2001:db8:1:1::" + i).login(username, "wrong-" + i);
        }

        assertThat(location(new AdminSession(port).from("2001:db8:1:1::ff").login(username, "wrong-4")))
            .endsWith("/login?held");
        assertThat(location(new AdminSession(port).from("2001:db8:1:2::1").login(username, password)))
            .as("the next network")
            .endsWith("/admin");
    }

    @Test
    void namesThatAreNoAccountAreHeldBackTheSameWay() {
        String nobody = "nobody-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            new AdminSession(port).from(STRANGER).login(nobody, "wrong-" + i);
        }

        assertThat(location(new AdminSession(port).from(STRANGER).login(nobody, "wrong-3"))).endsWith("/login?held");
    }

    @Test
    void parallelGuessesFromOnePlaceGetNoMoreThanTheFreeChecks() throws Exception {
        List<String> answers = Concurrently.race(20, () -> {
            AdminSession session = new AdminSession(port).from(STRANGER);
            session.get("/login");
            return session;
        }, session -> location(session.postForm("/login",
                Map.of("username", username, "password", "wrong-" + Thread.currentThread().getId()))));

        assertThat(answers.stream().filter(answer -> answer.endsWith("/login?error")))
            .hasSize(LoginThrottle.FREE_CHECKS);
        assertThat(answers.stream().filter(answer -> answer.endsWith("/login?held"))).hasSize(20 - 3);
    }

    @Test
    void guessesSpreadOverManyPlacesAreHeldBackExceptFromAPlaceTheAdminLoggedInFrom() {
        assertThat(location(new AdminSession(port).from(OFFICE).login(username, password))).endsWith("/admin");
        for (int i = 0; i < LoginThrottle.ACCOUNT_ALARM / 2; i++) {
            String place = "2001:db8:" + Integer.toHexString(i + 1) + "::1";
            new AdminSession(port).from(place).login(username, "spray-a-" + i);
            new AdminSession(port).from(place).login(username, "spray-b-" + i);
        }

        assertThat(location(new AdminSession(port).from("2001:db8::ffff").login(username, password)))
            .as("a new place during the spray")
            .endsWith("/login?held");
        assertThat(location(new AdminSession(port).from(OFFICE).login(username, password))).as("the admin's own place")
            .endsWith("/admin");

        clock.advance(Duration.ofMinutes(61));
        assertThat(location(new AdminSession(port).from("2001:db8::ffff").login(username, password)))
            .as("an hour later")
            .endsWith("/admin");
    }

    @Test
    void theAdminHomePageSaysSomeoneWasGuessingAndTheTableHoldsNoNameOrAddress() {
        for (int i = 0; i < 2; i++) {
            new AdminSession(port).from(STRANGER).login(username, "wrong-" + i);
        }
        new AdminSession(port).from("198.51.100.8").login(username, "wrong-elsewhere");

        AdminSession admin = new AdminSession(port).from(OFFICE);
        admin.login(username, password);
        String home = admin.get("/admin").body();

        assertThat(home).contains("3 wrong passwords were typed for your account from 2 places");
        assertThat(jdbc.queryForList("SELECT account_key || ' ' || address_key FROM login_throttle", String.class))
            .isNotEmpty()
            .noneMatch(row -> row.contains(username) || row.contains(STRANGER) || row.contains("198.51.100"));
    }

    @Test
    void anAdminNobodyGuessedAtSeesNoWarning() {
        AdminSession admin = new AdminSession(port).from(OFFICE);
        admin.login(username, password);

        assertThat(admin.get("/admin").body()).doesNotContain("wrong password");
    }

    @Test
    void placesUnusedForNinetyDaysAreForgotten() {
        jdbc.update("DELETE FROM login_throttle");
        new AdminSession(port).from(STRANGER).login(username, "wrong");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM login_throttle", Long.class)).isOne();

        throttle.forgetOldPlaces();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM login_throttle", Long.class)).isOne();

        clock.advance(Duration.ofDays(91));
        throttle.forgetOldPlaces();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM login_throttle", Long.class)).isZero();
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

}
