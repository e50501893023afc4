package app.kneetriage.boards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import app.kneetriage.KneeTriageApplication;
import app.kneetriage.support.AdminSession;
import app.kneetriage.support.Http;
import app.kneetriage.support.TriageJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * What a copy of the database files gives away about boards: no runner's share token, no
 * board key, no join code and no activity the runner scores, for a runner on a board. The
 * app runs on an H2 file database of its own, read byte by byte after a clean shutdown,
 * as {@code grep} would.
 */
class BoardsAtRestTests {

    private static final String ACTIVITY = "Kneeling to garden";

    @TempDir
    Path dir;

    @Test
    void theDatabaseFilesHoldNoShareTokenBoardKeyOrJoinCode() throws IOException {
        String token;
        String boardKey;
        String joinCode;
        try (ConfigurableApplicationContext app = start()) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            AdminSession coach = new AdminSession(port);
            coach.get("/boards/new");
            boardKey = coach.postForm("/boards/new", Map.of("boardName", "Grep group"))
                .headers()
                .firstValue("Location")
                .orElseThrow()
                .replaceFirst("^.*/b/", "");
            joinCode = BoardPagesTests.joinCode(coach.get("/b/" + boardKey).body());

            Http http = new Http(port);
            JsonNode created = http.postJson("/api/v1/triage", TriageJson.keepRunningLess()).json();
            token = created.get("token").asString();
            assertThat(http
                .send("POST", "/api/v1/results/" + token + "/programme",
                        "{\"baselinePain\": 0, \"days\": [\"MONDAY\"], \"activities\": [{\"name\": \"" + ACTIVITY
                                + "\", \"score\": 4}]}",
                        "X-Manage-Key", created.get("manageKey").asString(), "Content-Type", "application/json")
                .status()).isEqualTo(201);
            AdminSession runner = new AdminSession(port);
            runner.get("/m/" + created.get("manageKey").asString());
            runner.postForm("/m/" + created.get("manageKey").asString() + "/boards/join", Map.of("joinCode", joinCode));
            assertThat(coach.get("/b/" + boardKey).body()).contains("/r/" + token).contains("4.0 at the start");
        }

        String files = everyDatabaseFile();
        assertThat(files).as("the database files").contains("Grep group");
        assertThat(files).doesNotContain(token, boardKey, joinCode, joinCode.replace("-", ""), ACTIVITY);
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(KneeTriageApplication.class).run("--spring.datasource.url=" + url(),
                "--server.port=0", "--spring.main.banner-mode=off");
    }

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE";
    }

    /** All database files as one string, byte for byte, as grep reads them. */
    private String everyDatabaseFile() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(dir).filter(file -> file.toString().endsWith(".mv.db"))) {
            for (Path file : files.toList()) {
                all.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }

}
