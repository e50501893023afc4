package app.kneetriage.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

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
 * The purge at the default retention: 30 days after a link stops working, 2 years at
 * most, and a deleted result's link answers "gone" for 90 days. Dates are moved into the
 * past in the database, as if the time had passed.
 */
@DatabaseTest
class RetentionTests {

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
    void aResultRevokedLongerAgoThanTheRetentionIsGoneAlsoFromItsManageLink() {
        Created old = created();
        Created recent = created();
        for (Created result : new Created[] { old, recent }) {
            assertThat(http
                .send("POST", "/api/v1/results/" + result.token() + "/revoke", null, "X-Manage-Key", result.manageKey())
                .status()).isEqualTo(204);
        }
        moveBack("revoked_at", old, Duration.ofDays(31));
        moveBack("revoked_at", recent, Duration.ofDays(29));

        retention.purge();

        assertThat(http.page("/m/" + old.manageKey()).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/results/" + old.token()).status()).as("its link answers gone").isEqualTo(410);
        assertThat(rows(old)).isZero();
        assertThat(http.page("/m/" + recent.manageKey()).status()).isEqualTo(200);
    }

    @Test
    void expiredResultsGoAfterTheRetentionAndEveryResultAfterTwoYears() {
        Created expired = created();
        Created expiredRecently = created();
        Created untilTurnedOff = created();
        Created young = created();
        moveBack("expires_at", expired, Duration.ofDays(31));
        moveBack("expires_at", expiredRecently, Duration.ofDays(29));
        jdbc.update("UPDATE triage_result SET expires_at = NULL, created_at = ? WHERE token_hash = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(731))), Tokens.hash(untilTurnedOff.token()));

        retention.purge();

        assertThat(rows(expired)).isZero();
        assertThat(rows(untilTurnedOff)).isZero();
        assertThat(rows(expiredRecently)).isOne();
        assertThat(rows(young)).isOne();
        assertThat(http.get("/api/v1/results/" + young.token()).status()).isEqualTo(200);
    }

    @Test
    void aPurgedResultTakesItsReturnToRunningWithItAndTheSessionsAreCounted() {
        JsonNode reduce = http.postJson("/api/v1/triage", TriageJson.keepRunningLess()).json();
        Created runner = new Created(reduce.get("token").asString(), reduce.get("manageKey").asString());
        assertThat(http
            .send("POST", "/api/v1/results/" + runner.token() + "/programme",
                    "{\"baselinePain\": 1, \"days\": [\"MONDAY\"]}", "X-Manage-Key", runner.manageKey())
            .status()).isEqualTo(201);
        assertThat(http
            .send("POST", "/api/v1/results/" + runner.token() + "/revoke", null, "X-Manage-Key", runner.manageKey())
            .status()).isEqualTo(204);
        moveBack("revoked_at", runner, Duration.ofDays(31));
        int programmesBefore = jdbc.queryForObject("SELECT COUNT(*) FROM return_programme", Integer.class);

        ResultRetention.Purged purged = retention.purge();

        assertThat(purged.results()).isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM return_programme", Integer.class))
            .isEqualTo(programmesBefore - 1);
    }

    @Test
    void aDeletedResultsLinkAnswersGoneForNinetyDaysThenNotFound() {
        Created deleted = created();
        assertThat(http.send("DELETE", "/api/v1/results/" + deleted.token(), null, "X-Manage-Key", deleted.manageKey())
            .status()).isEqualTo(204);
        retention.purge();
        assertThat(http.get("/api/v1/results/" + deleted.token()).status()).isEqualTo(410);

        jdbc.update("UPDATE deleted_result SET deleted_at = ? WHERE token_hash = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(91))), Tokens.hash(deleted.token()));
        retention.purge();

        assertThat(http.get("/api/v1/results/" + deleted.token()).status()).isEqualTo(404);
    }

    @Test
    void theScheduledPurgeTakesItsLockInTheDatabase() {
        retention.purgeOnSchedule();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shedlock WHERE name = 'purge-results'", Long.class))
            .isOne();
    }

    private Created created() {
        JsonNode body = http.postJson("/api/v1/triage", TriageJson.answers().json()).json();
        return new Created(body.get("token").asString(), body.get("manageKey").asString());
    }

    private void moveBack(String column, Created result, Duration ago) {
        jdbc.update("UPDATE triage_result SET " + column + " = ? WHERE token_hash = ?",
                Timestamp.from(Instant.now().minus(ago)), Tokens.hash(result.token()));
    }

    private long rows(Created result) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM triage_result WHERE token_hash = ?", Long.class,
                Tokens.hash(result.token()));
    }

    private record Created(String token, String manageKey) {
    }

}
