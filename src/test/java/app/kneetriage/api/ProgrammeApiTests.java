package app.kneetriage.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import app.kneetriage.support.DatabaseTest;
import app.kneetriage.support.Http;
import app.kneetriage.support.TriageJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The return to running over the JSON API, with the cases. */
@DatabaseTest
class ProgrammeApiTests {

    /** Outer-knee pain that builds during runs: ITBS, keep running at about half. */
    private static final String REDUCE = TriageJson.keepRunningLess();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Http http;

    String token;

    String key;

    /**
     * Runs are logged from the day before the start, a day apart, never more than a day
     * ahead.
     */
    LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(2);

    @BeforeEach
    void reduceResult() {
        http = new Http(port);
        JsonNode created = http.postJson("/api/v1/triage", REDUCE).json();
        assertThat(created.at("/plan/running/advice").asString()).isEqualTo("REDUCE");
        token = created.get("token").asString();
        key = created.get("manageKey").asString();
    }

    @Test
    void threeSessionsWithinTheRuleMoveUpToWeekTwo() {
        assertThat(start().status()).isEqualTo(201);

        session(2, 1, "[]");
        session(2, 1, "[]");
        JsonNode state = session(2, 1, "[]").json();

        assertThat(state.get("week").asInt()).isEqualTo(2);
        assertThat(state.get("status").asString()).isEqualTo("MOVED_UP");
        assertThat(state.get("sessions").size()).isEqualTo(3);
        assertThat(http.get("/api/v1/results/" + token + "/programme").json().get("week").asInt())
            .as("the coach sees the same")
            .isEqualTo(2);
    }

    @Test
    void painSevenStepsBackToWeekOneSayingWhy() {
        start();

        JsonNode state = session(7, null, "[]").json();

        assertThat(state.get("week").asInt()).isEqualTo(1);
        assertThat(state.get("status").asString()).isEqualTo("STEPPED_BACK");
        assertThat(state.get("reason").asString())
            .isEqualTo("Pain during your run was 7 out of 10, above 5: back to week 1 for another week.");
        String coachPage = http.page("/r/" + token).body();
        assertThat(coachPage).contains("Return to running")
            .contains("Pain during the run was 7 out of 10, above 5: back to week 1 for another week.")
            .contains("7 / not yet")
            .contains(day.format(DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH)));
    }

    @Test
    void aNewWarningSignStopsTheProgramme() {
        start();
        session(2, 1, "[]");

        JsonNode state = session(1, null, "[\"SWELLING_OR_DEFORMITY\"]").json();

        assertThat(state.get("status").asString()).isEqualTo("STOPPED");
        assertThat(state.get("reason").asString()).contains("warning sign");
    }

    @Test
    void theNextMorningPainCanBeAddedLater() {
        start();
        session(2, 1, "[]");
        session(2, 1, "[]");
        JsonNode waiting = session(2, null, "[]").json();
        assertThat(waiting.get("reason").asString()).contains("add the next-morning pain");
        String last = waiting.get("sessions").get(2).get("id").asString();

        Http.Response added = http.send("PUT", "/api/v1/results/" + token + "/sessions/" + last,
                "{\"painNextMorning\": 0}", "X-Manage-Key", key, "Content-Type", "application/json");

        assertThat(added.status()).isEqualTo(200);
        assertThat(added.json().get("status").asString()).isEqualTo("MOVED_UP");
    }

    @Test
    void wrongKeysBadValuesAndStopResultsAreRefusedAndChangeNothing() {
        assertThat(http
            .send("POST", "/api/v1/results/" + token + "/programme", "{\"baselinePain\":1,\"days\":[\"MONDAY\"]}",
                    "X-Manage-Key", "wrong-key-wrong-key-wron", "Content-Type", "application/json")
            .status()).isEqualTo(404);
        Http.Response bad = http.send("POST", "/api/v1/results/" + token + "/programme",
                "{\"baselinePain\":12,\"days\":[\"MONDAY\"]}", "X-Manage-Key", key, "Content-Type", "application/json");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("baselinePain");
        assertThat(http.get("/api/v1/results/" + token + "/programme").status()).isEqualTo(404);

        JsonNode urgent = http.postJson("/api/v1/triage", TriageJson.answers().redFlags("LOCKING").json()).json();
        Http.Response refused = http.send("POST", "/api/v1/results/" + urgent.get("token").asString() + "/programme",
                "{\"baselinePain\":1,\"days\":[\"MONDAY\"]}", "X-Manage-Key", urgent.get("manageKey").asString(),
                "Content-Type", "application/json");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void implausibleStartsAndRunsAreRefusedNamingTheFieldAndChangeNothing() {
        assertThat(refusedField("/programme", "{\"baselinePain\": 7, \"days\": [\"MONDAY\"]}"))
            .as("too much pain at rest to start running")
            .isEqualTo("baselinePain");
        assertThat(refusedField("/programme", "{\"baselinePain\": 1, \"days\": [null]}")).startsWith("days");
        assertThat(http.get("/api/v1/results/" + token + "/programme").status()).isEqualTo(404);

        start();
        String beforeTheStart = LocalDate.now(ZoneOffset.UTC).minusDays(5).toString();
        assertThat(refusedField("/sessions",
                "{\"date\": \"" + beforeTheStart + "\", \"walkMinutes\": 10, \"runMinutes\": 10, \"painDuring\": 2}"))
            .isEqualTo("date");
        assertThat(refusedField("/sessions",
                "{\"date\": \"" + LocalDate.now(ZoneOffset.UTC)
                        + "\", \"walkMinutes\": 10, \"runMinutes\": 10, \"painDuring\": 2, \"newRedFlags\": [null]}"))
            .startsWith("newRedFlags");
        assertThat(http.get("/api/v1/results/" + token + "/programme").json().get("sessions").size()).isZero();
    }

    @Test
    void theProgrammeFollowsTheShareLinkToARerunResult() {
        start();
        session(2, 1, "[]");

        Http.Response rerun = http.send("POST", "/api/v1/results/" + token + "/rerun", null, "X-Manage-Key", key);

        assertThat(rerun.status()).isEqualTo(201);
        String newKey = rerun.json().get("manageKey").asString();
        assertThat(rerun.json().get("token").asString()).as("the link moved").isEqualTo(token);
        assertThat(http.get("/api/v1/results/" + token + "/programme").json().get("sessions").size())
            .as("the coach still sees the runs")
            .isOne();
        assertThat(http.page("/m/" + newKey + "/running").body()).contains("Week 1");
        assertThat(http.page("/m/" + key).status()).as("the old result's page still opens").isEqualTo(200);
        session(3, 1, "[]", newKey);
        assertThat(http.get("/api/v1/results/" + token + "/programme").json().get("sessions").size()).isEqualTo(2);
    }

    @Test
    void sessionsAreSealedAndGoWithTheResult() {
        start();
        session(3, 1, "[]");
        byte[] stored = jdbc.queryForObject("SELECT p.sealed_data FROM return_programme p ORDER BY p.id DESC LIMIT 1",
                byte[].class);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("painDuring")
            .doesNotContain("MONDAY");

        assertThat(http.send("DELETE", "/api/v1/results/" + token, null, "X-Manage-Key", key).status()).isEqualTo(204);

        assertThat(http.get("/api/v1/results/" + token + "/programme").status()).isEqualTo(410);
    }

    /** Posts a body that must be refused with 400; the field the problem names. */
    private String refusedField(String path, String body) {
        Http.Response refused = http.send("POST", "/api/v1/results/" + token + path, body, "X-Manage-Key", key,
                "Content-Type", "application/json");
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        return refused.json().get("errors").get(0).get("field").asString();
    }

    private Http.Response start() {
        return http.send("POST", "/api/v1/results/" + token + "/programme",
                "{\"baselinePain\": 0, \"days\": [\"MONDAY\", \"WEDNESDAY\", \"FRIDAY\"]}", "X-Manage-Key", key,
                "Content-Type", "application/json");
    }

    private Http.Response session(int painDuring, Integer painNextMorning, String newRedFlags) {
        return session(painDuring, painNextMorning, newRedFlags, key);
    }

    private Http.Response session(int painDuring, Integer painNextMorning, String newRedFlags, String manageKey) {
        day = day.isBefore(LocalDate.now(ZoneOffset.UTC).plusDays(1)) ? day.plusDays(1) : day;
        String body = "{\"date\": \"" + day + "\", \"walkMinutes\": 10, \"runMinutes\": 10, \"painDuring\": "
                + painDuring + (painNextMorning == null ? "" : ", \"painNextMorning\": " + painNextMorning)
                + ", \"newRedFlags\": " + newRedFlags + "}";
        Http.Response response = http.send("POST", "/api/v1/results/" + token + "/sessions", body, "X-Manage-Key",
                manageKey, "Content-Type", "application/json");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response;
    }

}
