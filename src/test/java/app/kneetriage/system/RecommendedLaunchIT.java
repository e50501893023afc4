package app.kneetriage.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import app.kneetriage.support.AdminSession;
import app.kneetriage.support.Http;
import app.kneetriage.support.LaunchedJar;
import app.kneetriage.support.TriageJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.util.HtmlUtils;

/**
 * The packaged jar started the way the README ("Running it lean and fast") and the
 * Dockerfile start it: the flags in {@code bench/jvm-flags} and a Class Data Sharing
 * archive from a training run. The start insists on the archive ({@code -Xshare:on}
 * refuses to start without it), and the app started so does what a runner, the API and an
 * admin need, and still takes settings given at start, such as the reverse proxy's
 * forwarded headers.
 */
class RecommendedLaunchIT {

    @TempDir
    Path workDir;

    @Test
    void theRecommendedStartUsesItsArchiveServesRunnersTheApiAndAdminsAndTakesStartSettings() throws Exception {
        Path extracted = workDir.resolve("app");
        assertThat(
                LaunchedJar.run(
                        LaunchedJar.java("-Djarmode=tools", "-jar", LaunchedJar.jar().toString(), "extract",
                                "--destination", extracted.toString()),
                        workDir, LaunchedJar.log("recommended-launch", "extract")))
            .isZero();
        Path jar = onlyJarIn(extracted);
        Path archive = extracted.resolve("app.jsa");

        List<String> training = withFlags("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh",
                "-jar", jar.toString(), "--spring.datasource.url=jdbc:h2:mem:training",
                "--knee-triage.encryption.secret=cds-training-only-never-a-real-secret");
        assertThat(LaunchedJar.run(training, workDir, LaunchedJar.log("recommended-launch", "training"))).isZero();
        assertThat(archive).isNotEmptyFile();
        assertThat(workDir.resolve("data")).as("the training run leaves no database or secret behind").doesNotExist();

        int port = LaunchedJar.freePort();
        Process app = LaunchedJar.startHealthy(withFlags("-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-jar",
                jar.toString(), "--server.port=" + port, "--knee-triage.admin.username=" + AdminSession.USERNAME,
                "--knee-triage.admin.password=" + AdminSession.PASSWORD, "--server.forward-headers-strategy=native"),
                workDir, LaunchedJar.log("recommended-launch", "app"), port);
        try {
            Http http = new Http(port);
            assertThat(http.page("/triage").body()).contains("<form");
            Http.Response stored = http.postJson("/api/v1/triage", TriageJson.answers().json());
            assertThat(stored.status()).isEqualTo(201);
            String token = stored.json().get("token").asString();
            Http.Response shared = http.page("/r/" + token);
            assertThat(shared.status()).isEqualTo(200);
            assertThat(shared.body())
                .contains(HtmlUtils.htmlEscape(stored.json().get("causes").get(0).get("name").asString()));
            Http.Response behindProxy = http.send("POST", "/api/v1/triage", TriageJson.answers().json(),
                    "X-Forwarded-Proto", "https", "X-Forwarded-Host", "kneetriage.example");
            assertThat(behindProxy.json().get("shareUrl").asString()).startsWith("https://kneetriage.example/r/");
            Http.Response bad = http.postJson("/api/v1/triage", "{\"location\":\"NOWHERE\"}");
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
            assertThat(bad.body()).contains("\"field\":\"location\"");
            AdminSession admin = new AdminSession(port).loggedIn();
            assertThat(admin.get("/admin/rules").statusCode()).isEqualTo(200);
        }
        finally {
            LaunchedJar.stop(app);
        }
    }

    private static List<String> withFlags(String... arguments) throws IOException {
        List<String> command = LaunchedJar.java(Files.readString(Path.of("bench", "jvm-flags")).trim().split("\\s+"));
        command.addAll(List.of(arguments));
        return command;
    }

    private static Path onlyJarIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> jars = files.filter(file -> file.toString().endsWith(".jar")).toList();
            assertThat(jars).hasSize(1);
            return jars.get(0);
        }
    }

}
