package app.kneetriage.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

import app.kneetriage.KneeTriageApplication;
import app.kneetriage.support.Http;
import app.kneetriage.support.TriageJson;
import org.flywaydb.core.Flyway;
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
 * plain text by a version before sealing is removed at the upgrade. The app runs on an H2
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

    /**
     * A database from before sealing (schema version 10) with a result in plain text,
     * upgraded by today's app: the row and its plain columns are gone, and after the stop
     * that compacts the file, so is every byte of its answers and token.
     */
    @Test
    void aResultLeftInPlainTextByAVersionBeforeSealingIsGoneFromTheFilesAfterTheUpgrade()
            throws IOException, SQLException {
        String token = Tokens.newToken();
        // The schema as that version left it, and a row as it stored them.
        Flyway.configure().dataSource(url(), "sa", "").target("10").load().migrate();
        try (Connection connection = DriverManager.getConnection(url(), "sa", "");
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO triage_result (token, created_at, answers, outcome) VALUES (?, CURRENT_TIMESTAMP, ?, ?)")) {
            insert.setString(1, token);
            insert.setString(2, ANSWERS);
            insert.setString(3, "{\"urgency\":\"SELF_CARE\"}");
            insert.executeUpdate();
            connection.createStatement().execute("SHUTDOWN");
        }
        assertThat(everyDatabaseFile()).as("the plain row before the upgrade").contains(token, PLAIN_ANSWER);

        try (ConfigurableApplicationContext app = start()) {
            assertThat(new Http(port(app)).get("/api/v1/results/" + token).status()).isEqualTo(404);
            assertThat(app.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM triage_result", Long.class))
                .isZero();
        }

        assertThat(everyDatabaseFile()).doesNotContain(token).doesNotContain(PLAIN_ANSWER);
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(KneeTriageApplication.class).run("--spring.datasource.url=" + url(),
                "--server.port=0", "--spring.main.banner-mode=off");
    }

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE";
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
