package app.kneetriage.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;

import app.kneetriage.support.LaunchedJar;
import app.kneetriage.support.SlowClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault run's memory attack (issue 23): 200 anonymous connections, each declaring a 1
 * MB form (no cookie or CSRF token needed) and sending it slowly, against the packaged
 * jar with a 256 MB heap and Tomcat's default 200 threads. Tomcat sets aside the declared
 * size of a form before reading it, so the heap ran out, Tomcat's acceptor and poller
 * threads died and {@code /actuator/health} never answered again. Now the forms are
 * refused unread and the app stays up and answers.
 */
class SlowUploadsIT {

    private static final int CONNECTIONS = 200;

    private static final String[] PATHS = { "/triage", "/login", "/", "/r/no-such-result" };

    @TempDir
    Path workDir;

    @Test
    void twoHundredSlowOneMegabyteFormsLeaveTheAppUpAndAnswering() throws Exception {
        int port = LaunchedJar.freePort();
        Process app = LaunchedJar.startHealthy(LaunchedJar.java("-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-jar",
                LaunchedJar.jar().toString(), "--server.port=" + port), workDir, LaunchedJar.log("slow-uploads", "app"),
                port);
        try {
            try (SlowClients slow = new SlowClients(port)) {
                for (int i = 0; i < CONNECTIONS; i++) {
                    // Every form post is read for its CSRF token, rate-limited or not.
                    slow.open(PATHS[i % PATHS.length], "application/x-www-form-urlencoded", 1 << 20,
                            Duration.ofSeconds(1));
                }

                // LaunchedJar.get gives up after 10 s: a liveness bound only.
                assertThat(LaunchedJar.get(port, "/actuator/health").statusCode()).isEqualTo(200);
                assertThat(LaunchedJar.get(port, "/").statusCode()).isEqualTo(200);
                await().atMost(Duration.ofSeconds(10)).until(slow::allClosedByServer);
                // Refused unread: too large, or over the one address's rate limit.
                assertThat(slow.connections()).extracting(SlowClients.Connection::statusLine)
                    .containsOnly("HTTP/1.1 413 ", "HTTP/1.1 429 ");
            }
            assertThat(app.isAlive()).as("still running; see target/slow-uploads/app.log").isTrue();
            assertThat(LaunchedJar.get(port, "/actuator/health").body()).contains("\"UP\"");
        }
        finally {
            LaunchedJar.stop(app);
        }
    }

}
