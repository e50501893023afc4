package app.kneetriage.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;

import app.kneetriage.support.AdminSession;
import app.kneetriage.support.DatabaseTest;
import app.kneetriage.support.MovableClock;
import app.kneetriage.support.MovableClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A signed-in session ends eight hours after login even when it was never idle for long
 * (issue 23, low: no absolute lifetime).
 */
@DatabaseTest
@Import(MovableClockConfiguration.class)
class SessionLifetimeTests {

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    /** Other tests of this context leave the clock weeks ahead. */
    @BeforeEach
    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aBusySessionEndsEightHoursAfterLogin() {
        AdminSession admin = new AdminSession(port).loggedIn();

        clock.advance(Duration.ofHours(7).plusMinutes(50));
        assertThat(admin.get("/admin/rules").statusCode()).as("still within the day").isEqualTo(200);

        clock.advance(Duration.ofMinutes(20));
        HttpResponse<String> after = admin.get("/admin/rules");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(admin.get("/admin/rules").statusCode()).as("the session is gone, not just refused once")
            .isEqualTo(302);
    }

}
