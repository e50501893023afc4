package app.kneetriage.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.kneetriage.support.LaunchedJar;
import app.kneetriage.support.TriageJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every result the app has answered {@code 201} survives the process being killed with
 * SIGKILL under load. Runs the packaged jar as its own process (failsafe, after
 * {@code package}): on the embedded H2 default in a fresh working directory, or, with
 * {@code -Ppostgres}, on the PostgreSQL database the profile names.
 */
class CrashDurabilityIT {

    private static final int WRITERS = 8;

    /** Killed once this many results are acknowledged, with the writers still posting. */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 300;

    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([A-Za-z0-9_-]{24})\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path workDir;

    @Test
    void everyAcknowledgedResultSurvivesKillMinusNine() throws Exception {
        int port = LaunchedJar.freePort();
        Process app = start(port, "first");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int i = 0; i < WRITERS; i++) {
            writers.submit(() -> postUntilRefused(port, acknowledged));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL);
        // SIGKILL while the writers are still posting: no shutdown hook, no flush.
        app.destroyForcibly();
        app.waitFor(30, TimeUnit.SECONDS);
        writers.shutdown();
        assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged).as("results answered 201 before the kill")
            .hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

        Process restarted = start(port, "restarted");
        try {
            List<String> lost = new ArrayList<>();
            for (String token : acknowledged) {
                if (LaunchedJar.get(port, "/api/v1/results/" + token).statusCode() != 200) {
                    lost.add(token);
                }
            }
            assertThat(lost).as("acknowledged results lost of %d", acknowledged.size()).isEmpty();
            System.out.printf("kill -9 under load: %d results answered 201, all %d open after the restart%n",
                    acknowledged.size(), acknowledged.size());
        }
        finally {
            LaunchedJar.stop(restarted);
        }
    }

    private void postUntilRefused(int port, Set<String> acknowledged) {
        String body = TriageJson.answers().toString();
        while (true) {
            try {
                HttpResponse<String> response = http
                    .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/triage"))
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    Matcher token = TOKEN.matcher(response.body());
                    assertThat(token.find()).isTrue();
                    acknowledged.add(token.group(1));
                }
            }
            catch (IOException | InterruptedException gone) {
                return;
            }
        }
    }

    private Process start(int port, String name) throws Exception {
        List<String> command = LaunchedJar.java("-Xmx512m", "-jar", LaunchedJar.jar().toString(),
                "--server.port=" + port, "--knee-triage.admin.username=test-admin",
                "--knee-triage.admin.password=orchard-lantern-quietly-41", "--knee-triage.rate-limit.enabled=false");
        String database = System.getProperty("durability.datasource.url", "");
        if (!database.isBlank()) {
            // Required on PostgreSQL; on H2 the app creates a secret in its data folder
            // and
            // builds links from the request.
            command.add("--knee-triage.encryption.secret=crash-test-secret-0123456789abcdefghij");
            command.add("--knee-triage.public-url=http://localhost:" + port);
            command.add("--spring.datasource.url=" + database);
            command.add("--spring.datasource.username=" + System.getProperty("durability.datasource.username"));
        }
        // The working directory is fresh, so the H2 default (./data/...) starts empty.
        return LaunchedJar.startHealthy(command, workDir, LaunchedJar.log("crash-durability", name), port);
    }

}
