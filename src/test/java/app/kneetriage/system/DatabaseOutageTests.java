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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

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
 * and refuses new ones, or one that silently swallows every byte) and comes back:
 * requests fail fast with 503, the health check says DOWN within 5 s, and the app
 * recovers by itself. Runs with {@code -Ppostgres}; the embedded H2 cannot go away.
 */
@Tag("database")
class DatabaseOutageTests {

    /**
     * The README's promise: every request answered within this, whatever the network
     * does.
     */
    private static final Duration BOUND = Duration.ofSeconds(10);

    /** Longer than the bound, as in the fault run's cuts of 10 and 40 s. */
    private static final Duration PARTITION = Duration.ofSeconds(15);

    private static final int CLIENTS = 4;

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

    @Test
    void duringASilentPartitionEveryRequestIsAnsweredWithinTenSecondsAndTheAppRecoversByItself() throws Exception {
        assumeTrue(configuredUrl.startsWith("jdbc:postgresql:"), "PostgreSQL only (-Ppostgres)");
        URI server = URI.create(configuredUrl.substring("jdbc:".length()));
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try (TcpProxy database = new TcpProxy(server.getHost(), server.getPort());
                ConfigurableApplicationContext app = new SpringApplicationBuilder(KneeTriageApplication.class).run(
                        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + database.port() + server.getPath(),
                        "--server.port=0", "--spring.main.banner-mode=off")) {
            Http http = new Http(((WebServerApplicationContext) app).getWebServer().getPort());
            assertThat(triage(http).status()).isEqualTo(201);
            List<Answered> answered = new CopyOnWriteArrayList<>();
            AtomicBoolean sending = new AtomicBoolean(true);
            for (int i = 0; i < CLIENTS; i++) {
                clients.submit(() -> {
                    while (sending.get()) {
                        Instant sent = Instant.now();
                        int status = triage(http).status();
                        answered.add(new Answered(status, Duration.between(sent, Instant.now())));
                    }
                });
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> answered.size() >= CLIENTS);

            // Requests are in flight, some holding a connection mid-query, when the
            // network goes silent for longer than any bound.
            database.silence();
            await().pollDelay(PARTITION).atMost(PARTITION.plusSeconds(1)).until(() -> true);
            database.speak();

            await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> triage(http).status(), status -> status == 201);
            sending.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(BOUND.toSeconds(), TimeUnit.SECONDS))
                .as("no request still hanging after the partition")
                .isTrue();
            Duration slowest = answered.stream().map(Answered::took).max(Duration::compareTo).orElseThrow();
            System.out.printf("silent partition of %d s: %d requests, %d answered 503, the slowest after %d ms%n",
                    PARTITION.toSeconds(), answered.size(), answered.stream().filter(a -> a.status() == 503).count(),
                    slowest.toMillis());
            assertThat(answered).extracting(Answered::status).containsOnly(201, 503).contains(503);
            assertThat(slowest).as("the README's bound").isLessThan(BOUND);
        }
        finally {
            clients.shutdownNow();
        }
    }

    /** The metrics, with the scraper's password of the tests' application.properties. */
    private static String scrape(Http http) {
        String basic = Base64.getEncoder()
            .encodeToString("metrics:scraper-password-for-tests-0123".getBytes(StandardCharsets.UTF_8));
        return http.send("GET", "/actuator/prometheus", null, "Authorization", "Basic " + basic).body();
    }

    private record Answered(int status, Duration took) {
    }

    private static Http.Response triage(Http http) {
        return http.postJson("/api/v1/triage", TriageJson.answers().json());
    }

}
