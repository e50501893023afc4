package app.kneetriage.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import app.kneetriage.support.Concurrently;
import app.kneetriage.support.DatabaseTest;
import app.kneetriage.support.Http;
import app.kneetriage.support.TriageJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Requests that change one result, sent at the same moment as each other or as the
 * retention purge: none fails, and nothing a runner deleted stays readable. Run on
 * PostgreSQL too ({@code -Ppostgres}), where the row locks that matter live.
 */
@DatabaseTest
class ResultRacesTests {

    private static final int ROUNDS = 20;

    /** Outer-knee pain that builds during runs: keep running at about half. */
    private static final String REDUCE = TriageJson.keepRunningLess();

    @LocalServerPort
    int port;

    @Autowired
    ResultRetention retention;

    @Autowired
    JdbcTemplate jdbc;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void aDeleteRacingAReRunLeavesNothingReadableOnceItIsAcknowledged() throws Exception {
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            JsonNode created = http.postJson("/api/v1/triage", REDUCE).json();
            String token = created.get("token").asString();
            String key = created.get("manageKey").asString();
            // Every other round the re-run asks for a link of its own instead of moving
            // this one.
            boolean ownLink = round % 2 == 1;
            AtomicInteger roles = new AtomicInteger();

            List<Map.Entry<Integer, Http.Response>> answers = Concurrently.race(2, roles::getAndIncrement,
                    role -> Map.entry(role, role == 0 ? manage("DELETE", token, "", null, key)
                            : manage("POST", token, ownLink ? "/rerun?shareLink=new" : "/rerun", null, key)));

            Http.Response delete = answerOf(answers, 0);
            Http.Response rerun = answerOf(answers, 1);
            outcomes.merge((ownLink ? "own link: " : "moved link: ") + "delete " + delete.status() + ", re-run "
                    + rerun.status(), 1, Integer::sum);
            assertThat(delete.status()).as("delete").isIn(204, 404);
            assertThat(rerun.status()).as("re-run").isIn(201, 404);
            if (rerun.status() == 404) {
                assertThat(rerun.header("Content-Type")).startsWith("application/problem+json");
            }
            if (delete.status() == 404) {
                // Only when the re-run had moved the link on before the delete looked
                // the result up: nothing was acknowledged as deleted.
                assertThat(rerun.status()).isEqualTo(201);
                continue;
            }
            assertThat(http.get("/api/v1/results/" + token).status()).as("the old share link").isEqualTo(410);
            assertThat(http.page("/m/" + key).status()).as("the old manage link").isEqualTo(404);
            if (rerun.status() == 201 && ownLink) {
                // The re-run came first and made a result of its own, with a link of its
                // own, as asked: like a new check, it stays until it is deleted itself.
                assertThat(rerun.json().get("token").asString()).isNotEqualTo(token);
            }
            else if (rerun.status() == 201) {
                // The re-run came first and moved the link on: the delete took its result
                // with the chain.
                String newToken = rerun.json().get("token").asString();
                assertThat(http.get("/api/v1/results/" + newToken).status()).as("the re-run's share link")
                    .isEqualTo(410);
                assertThat(http.page("/m/" + rerun.json().get("manageKey").asString()).status())
                    .as("the re-run's manage link")
                    .isEqualTo(404);
            }
        }
        System.out.println("delete racing a re-run, " + ROUNDS + " rounds: " + outcomes);
    }

    @Test
    void aDeleteASessionLogAndARevokeRacingThePurgeAnswerAsIfTheResultWereGone() throws Exception {
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            JsonNode created = http.postJson("/api/v1/triage", REDUCE).json();
            String token = created.get("token").asString();
            String key = created.get("manageKey").asString();
            assertThat(
                    manage("POST", token, "/programme", "{\"baselinePain\": 0, \"days\": [\"MONDAY\"]}", key).status())
                .isEqualTo(201);
            // Its link expired longer ago than results are kept: the purge takes it.
            jdbc.update("UPDATE triage_result SET expires_at = ? WHERE token_hash = ?",
                    Timestamp.from(Instant.now().minus(Duration.ofDays(31))), Tokens.hash(token));
            String session = "{\"date\": \"" + LocalDate.now(ZoneOffset.UTC)
                    + "\", \"walkMinutes\": 0, \"runMinutes\": 20, \"painDuring\": 2, \"newRedFlags\": []}";
            AtomicInteger roles = new AtomicInteger();

            List<Map.Entry<Integer, Integer>> answers = Concurrently.race(4, roles::getAndIncrement,
                    role -> Map.entry(role, switch (role) {
                        case 0 -> manage("DELETE", token, "", null, key).status();
                        case 1 -> manage("POST", token, "/sessions", session, key).status();
                        case 2 -> manage("POST", token, "/revoke", null, key).status();
                        default -> {
                            retention.purge();
                            yield 0;
                        }
                    }));

            int delete = answerOf(answers, 0);
            int logged = answerOf(answers, 1);
            int revoked = answerOf(answers, 2);
            outcomes.merge("delete " + delete + ", session " + logged + ", revoke " + revoked, 1, Integer::sum);
            assertThat(delete).as("delete").isIn(204, 404);
            assertThat(logged).as("session log").isIn(201, 404);
            assertThat(revoked).as("revoke").isIn(204, 404);
            assertThat(http.get("/api/v1/results/" + token).status()).isEqualTo(410);
            assertThat(http.page("/m/" + key).status()).isEqualTo(404);
        }
        System.out.println("delete, session log and revoke racing the purge, " + ROUNDS + " rounds: " + outcomes);
    }

    private Http.Response manage(String method, String token, String suffix, String body, String key) {
        return http.send(method, "/api/v1/results/" + token + suffix, body, "X-Manage-Key", key);
    }

    private static <T> T answerOf(List<Map.Entry<Integer, T>> answers, int role) {
        return answers.stream().filter(a -> a.getKey() == role).findFirst().orElseThrow().getValue();
    }

}
