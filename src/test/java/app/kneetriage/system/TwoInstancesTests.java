package app.kneetriage.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.kneetriage.KneeTriageApplication;
import app.kneetriage.support.AdminSession;
import app.kneetriage.support.Http;
import app.kneetriage.support.TriageJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Two instances of the app started together on one empty database, as behind a load
 * balancer: both start (one creates the first admin), an admin logged in on one is logged
 * in on the other, a result stored by one opens on the other (and leaves a coach's board
 * on the other the moment its link is turned off), and a version published on one is what
 * the other triages with within a second. On H2 the database is a fresh in-memory one;
 * with {@code -Ppostgres} a fresh PostgreSQL database on the configured server, dropped
 * after.
 */
@Tag("database")
class TwoInstancesTests {

    private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";

    private final String postgresUrl = System.getProperty("spring.datasource.url", "");

    private String database;

    private String url;

    private List<ConfigurableApplicationContext> instances = List.of();

    @BeforeEach
    void emptyDatabase() throws SQLException {
        database = "knee_triage_two_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (postgresUrl.startsWith("jdbc:postgresql:")) {
            executeOnServer("CREATE DATABASE " + database);
            url = postgresUrl.substring(0, postgresUrl.lastIndexOf('/') + 1) + database;
        }
        else {
            url = "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1";
        }
    }

    @AfterEach
    void stopAndDrop() throws SQLException {
        instances.forEach(ConfigurableApplicationContext::close);
        if (postgresUrl.startsWith("jdbc:postgresql:")) {
            executeOnServer("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    @Test
    void twoInstancesStartedTogetherShareAdminsResultsAndPublishedRules() throws Exception {
        ExecutorService starting = Executors.newFixedThreadPool(2);
        // Logback cannot be set up by two applications at the same moment; it already is.
        String loggingSystem = System.setProperty(LOGGING_SYSTEM, "none");
        try {
            CompletableFuture<ConfigurableApplicationContext> first = CompletableFuture.supplyAsync(this::start,
                    starting);
            // Several instances share a PostgreSQL database only (README), where Flyway
            // migrates under a database lock, so there they start at the same moment. H2
            // takes no such lock: two migrations of one empty H2 database can collide on
            // the schema history, so on H2 the second waits for the first.
            if (!postgresUrl.startsWith("jdbc:postgresql:")) {
                first.join();
            }
            CompletableFuture<ConfigurableApplicationContext> second = CompletableFuture.supplyAsync(this::start,
                    starting);
            instances = List.of(first.get(), second.get());
        }
        finally {
            starting.shutdown();
            if (loggingSystem == null) {
                System.clearProperty(LOGGING_SYSTEM);
            }
            else {
                System.setProperty(LOGGING_SYSTEM, loggingSystem);
            }
        }
        int a = port(instances.get(0));
        int b = port(instances.get(1));

        AdminSession onA = new AdminSession(a).loggedIn();
        AdminSession onB = onA.on(b);
        assertThat(onB.get("/admin").statusCode()).as("the session from A on B").isEqualTo(200);

        JsonNode stored = new Http(a).postJson("/api/v1/triage", TriageJson.answers().json()).json();
        assertThat(stored.get("rulesVersion").asInt()).isEqualTo(3);
        String token = stored.get("token").asString();
        assertThat(new Http(b).get("/api/v1/results/" + token).status()).as("A's result on B").isEqualTo(200);
        assertThat(new Http(b).page("/r/" + token).status()).as("the shared page on B").isEqualTo(200);
        String board = boardOn(a);
        String manageKey = stored.get("manageKey").asString();
        AdminSession runner = new AdminSession(a);
        runner.get("/m/" + manageKey);
        runner.postForm("/m/" + manageKey + "/boards/join",
                Map.of("joinCode", joinCode(new AdminSession(a).get(board).body())));
        assertThat(new AdminSession(b).get(board).body()).as("the runner on the board, seen on B")
            .contains("/r/" + token);
        assertThat(new Http(a).send("POST", "/api/v1/results/" + token + "/revoke", null, "X-Manage-Key", manageKey)
            .status()).isEqualTo(204);
        assertThat(new Http(b).page("/r/" + token).status()).as("B keeps no page: A's revoke shows at once")
            .isEqualTo(410);
        assertThat(new AdminSession(b).get(board).body()).as("nor a board row").doesNotContain(token);

        onB.get("/admin/rules/versions");
        assertThat(onB.postForm("/admin/rules/versions/3/republish", Map.of()).statusCode()).isEqualTo(303);
        // A asks which version is the newest at most once a second (and a triage takes
        // time)
        await().atMost(Duration.ofSeconds(3))
            .pollInterval(Duration.ofMillis(100))
            .until(() -> rulesVersionOfANewResult(a), version -> version == 4);
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(KneeTriageApplication.class).run("--spring.datasource.url=" + url,
                "--server.port=0", "--spring.main.banner-mode=off");
    }

    private static int port(ConfigurableApplicationContext instance) {
        return ((WebServerApplicationContext) instance).getWebServer().getPort();
    }

    /** Publishing is live at once; allow a moment all the same. */
    private static int rulesVersionOfANewResult(int port) {
        return await().atMost(Duration.ofSeconds(5))
            .until(() -> new Http(port).postJson("/api/v1/triage", TriageJson.answers().json())
                .json()
                .get("rulesVersion")
                .asInt(), version -> version > 3);
    }

    private void executeOnServer(String sql) throws SQLException {
        String server = postgresUrl.substring(0, postgresUrl.lastIndexOf('/') + 1) + "postgres";
        try (Connection connection = DriverManager.getConnection(server,
                System.getProperty("spring.datasource.username"), System.getProperty("spring.datasource.password"));
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** A coach's board made on this instance: its path. */
    private static String boardOn(int port) {
        AdminSession coach = new AdminSession(port);
        coach.get("/boards/new");
        return coach.postForm("/boards/new", Map.of("boardName", "Two instances"))
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .replaceFirst("^https?://[^/]+", "");
    }

    private static String joinCode(String boardPage) {
        Matcher code = Pattern.compile("id=\"join-code\">([A-Z0-9-]+)<").matcher(boardPage);
        assertThat(code.find()).isTrue();
        return code.group(1);
    }

}
