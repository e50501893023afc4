package app.kneetriage.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import app.kneetriage.KneeTriageApplication;
import app.kneetriage.support.AdminSession;
import app.kneetriage.support.Http;
import app.kneetriage.support.TcpProxy;
import app.kneetriage.support.TriageJson;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * PostgreSQL goes away while the app runs (through a relay that drops every connection
 * and refuses new ones) and comes back: requests fail fast with 503, the health check
 * says DOWN within 5 s, and the app recovers by itself. Runs with {@code -Ppostgres}; the
 * embedded H2 cannot go away.
 */
@Tag("database")
class DatabaseOutageTests {

    private final String configuredUrl = System.getProperty("spring.datasource.url", "");

    @Test
    void duringAnOutageRequestsFailWithinFiveSecondsAndTheAppRecoversByItself() throws Exception {
        assumeTrue(configuredUrl.startsWith("jdbc:postgresql:"), "PostgreSQL only (-Ppostgres)");
        URI server = URI.create(configuredUrl.substring("jdbc:".length()));
        try (TcpProxy database = new TcpProxy(server.getHost(), server.getPort());
                ConfigurableApplicationContext app = new SpringApplicationBuilder(KneeTriageApplication.class).run(
                        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + database.port() + server.getPath(),
                        "--server.port=0", "--spring.main.banner-mode=off")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            Http http = new Http(port);
            assertThat(triage(http).status()).isEqualTo(201);
            AdminSession admin = new AdminSession(port).loggedIn();

            database.cut();

            Instant start = Instant.now();
            Http.Response failed = triage(http);
            Duration took = Duration.between(start, Instant.now());
            assertThat(failed.status()).isEqualTo(503);
            assertThat(failed.header("Retry-After")).isNotBlank();
            assertThat(failed.header("Content-Type")).startsWith("application/problem+json");
            assertThat(took).isLessThan(Duration.ofSeconds(5));
            HttpResponse<String> adminPage = admin.get("/admin");
            assertThat(adminPage.statusCode()).as("an admin page, whose session is in the database").isEqualTo(503);
            assertThat(adminPage.body()).contains("briefly unavailable");
            start = Instant.now();
            assertThat(http.get("/actuator/health").status()).as("health DOWN").isEqualTo(503);
            Duration healthTook = Duration.between(start, Instant.now());
            assertThat(healthTook).isLessThan(Duration.ofSeconds(5));
            System.out.printf("database outage: triage answered 503 after %d ms, health DOWN after %d ms%n",
                    took.toMillis(), healthTook.toMillis());

            database.restore();

            Instant restored = Instant.now();
            // Recovered by itself: no restart, just the database back.
            await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> triage(http).status(), status -> status == 201);
            System.out.printf("database back: triage answered 201 again after %d ms%n",
                    Duration.between(restored, Instant.now()).toMillis());
            assertThat(http.get("/actuator/health").status()).isEqualTo(200);
            assertThat(scrape(http)).as("counted as the database down, not as a busy pool")
                .containsPattern("kneetriage_database_refusals_total\\{reason=\"database-unreachable\"\\} [1-9]")
                .doesNotContain("reason=\"pool-exhausted\"");
        }
    }

    /** The metrics, with the scraper's password of the tests' application.properties. */
    private static String scrape(Http http) {
        String basic = Base64.getEncoder()
            .encodeToString("metrics:scraper-password-for-tests-0123".getBytes(StandardCharsets.UTF_8));
        return http.send("GET", "/actuator/prometheus", null, "Authorization", "Basic " + basic).body();
    }

    private static Http.Response triage(Http http) {
        return http.postJson("/api/v1/triage", TriageJson.answers().json());
    }

}
