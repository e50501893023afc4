package app.kneetriage.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import app.kneetriage.KneeTriageApplication;
import app.kneetriage.support.Http;
import app.kneetriage.support.TriageJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What a copy of the database files gives away: no share token, no manage key and no
 * answer, for a result that is kept and one that was deleted; and a result stored in
 * plain text by an earlier version is sealed at the next start. The app runs on an H2
 * file database of its own, which is read byte by byte after a clean shutdown, as
 * {@code grep} would.
 */
class ResultsAtRestTests {

    /**
     * Answers whose plain snapshot would be easy to find. Field names and values on their
     * own also occur in the rule content and the seeded test cases; a duration of 173
     * days does not.
     */
    private static final String ANSWERS = TriageJson.answers()
        .location("OUTER")
        .character("BURNING")
        .painScore(7)
        .durationDays(173)
        .json();

    private static final String PLAIN_ANSWER = "\"durationDays\":173";

    @TempDir
    Path dir;

    @Test
    void theDatabaseFilesHoldNoTokenAndNoAnswerInPlainText() throws IOException {
        String kept;
        String keptKey;
        String deleted;
        try (ConfigurableApplicationContext app = start()) {
            Http http = new Http(port(app));
            JsonNode first = http.postJson("/api/v1/triage", ANSWERS).json();
            kept = first.get("token").asString();
            keptKey = first.get("manageKey").asString();
            JsonNode second = http.postJson("/api/v1/triage", ANSWERS).json();
            deleted = second.get("token").asString();
            assertThat(http
                .send("DELETE", "/api/v1/results/" + deleted, null, "X-Manage-Key", second.get("manageKey").asString())
                .status()).isEqualTo(204);
            assertThat(http.get("/api/v1/results/" + kept).json().get("answers").get("painScore").asInt()).isEqualTo(7);
        }

        String files = everyDatabaseFile();
        assertThat(files).as("the database files").isNotEmpty();
        assertThat(files).doesNotContain(kept, keptKey, deleted).doesNotContain(PLAIN_ANSWER);
    }

    @Test
    void aResultStoredInPlainTextIsSealedAtTheNextStartAndStillOpens() throws IOException {
        String token = Tokens.newToken();
        String manageKey = Tokens.newToken();
        try (ConfigurableApplicationContext app = start()) {
            String made = new Http(port(app)).postJson("/api/v1/triage", ANSWERS).json().get("token").asString();
            StoredResult stored = app.getBean(ResultService.class).findShared(made).result();
            // A row as the previous version stored it, with secrets of our own.
            app.getBean(JdbcTemplate.class)
                .update("INSERT INTO triage_result (token, created_at, answers, outcome, manage_key_hash)"
                        + " VALUES (?, CURRENT_TIMESTAMP, ?, ?, ?)", token, SnapshotJson.write(stored.answers()),
                        SnapshotJson.write(stored.outcome()), Tokens.hash(manageKey));
        }

        try (ConfigurableApplicationContext app = start()) {
            Http http = new Http(port(app));
            assertThat(http.get("/api/v1/results/" + token).json().get("answers").get("painScore").asInt())
                .isEqualTo(7);
            assertThat(http.page("/m/" + manageKey).body()).contains(token);
            assertThat(app.getBean(JdbcTemplate.class)
                .queryForObject("SELECT COUNT(*) FROM triage_result WHERE token IS NOT NULL OR answers IS NOT NULL"
                        + " OR outcome IS NOT NULL OR manage_key_legacy", Long.class))
                .as("plain columns cleared, legacy copy rewrapped at the manage key's first use")
                .isZero();
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(KneeTriageApplication.class).run(
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db")
                        + ";WRITE_DELAY=0;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE",
                "--server.port=0", "--spring.main.banner-mode=off");
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
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
