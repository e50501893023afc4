package app.kneetriage.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.kneetriage.support.AdminSession;
import app.kneetriage.support.DatabaseTest;
import app.kneetriage.support.Http;
import app.kneetriage.support.MovableClock;
import app.kneetriage.support.MovableClockConfiguration;
import app.kneetriage.support.TriageJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The return to running over the JSON API, with the cases of contract versions 2 and 3.
 * The app's clock is moved, so a week of runs passes in a moment.
 */
@DatabaseTest
@Import(MovableClockConfiguration.class)
class ProgrammeApiTests {

    /** Outer-knee pain that builds during runs: ITBS, keep running at about half. */
    private static final String REDUCE = TriageJson.keepRunningLess();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MovableClock clock;

    Http http;

    String token;

    String key;

    @BeforeEach
    void reduceResult() {
        clock.reset();
        http = new Http(port);
        JsonNode created = http.postJson("/api/v1/triage", REDUCE).json();
        assertThat(created.at("/plan/running/advice").asString()).isEqualTo("REDUCE");
        token = created.get("token").asString();
        key = created.get("manageKey").asString();
    }

    @Test
    void aReducedRunnerStartsAtTheFirstWeekOfContinuousRunningAndMovesUpAfterAWholeWeek() {
        JsonNode started = start().json();
        assertThat(started.get("week").asInt()).as("REDUCE starts at continuous easy running").isEqualTo(3);

        session(2, 1, "[]");
        later(2);
        session(2, 1, "[]");
        later(2);
        JsonNode waiting = session(2, 1, "[]").json();
        assertThat(waiting.get("week").asInt()).isEqualTo(3);
        assertThat(waiting.get("reason").asString()).contains("A week lasts at least 7 days");

        later(3);
        JsonNode state = http.get("/api/v1/results/" + token + "/programme").json();
        assertThat(state.get("week").asInt()).isEqualTo(4);
        assertThat(state.get("status").asString()).isEqualTo("MOVED_UP");
        assertThat(state.get("sessions").size()).isEqualTo(3);
    }

    @Test
    void twoRunsOnOneDayCountOnceAndTheSecondSaysWhy() {
        start();
        session(2, 1, "[]");

        JsonNode state = session(2, 1, "[]").json();

        assertThat(state.get("sessions").size()).isEqualTo(2);
        assertThat(state.get("reason").asString()).contains("only one run a day counts towards the week");
    }

    @Test
    void painSevenStepsBackAWeekSayingWhy() {
        start();

        JsonNode state = session(7, null, "[]").json();

        assertThat(state.get("week").asInt()).isEqualTo(2);
        assertThat(state.get("status").asString()).isEqualTo("STEPPED_BACK");
        assertThat(state.get("reason").asString())
            .isEqualTo("Pain during your run was 7 out of 10, above 5: back to week 2 for another week.");
        String coachPage = http.page("/r/" + token).body();
        assertThat(coachPage).contains("Return to running")
            .contains("Pain during the run was 7 out of 10, above 5: back to week 2 for another week.")
            .contains("7 / not yet")
            .contains(today().format(DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH)));
    }

    @Test
    void painAfterTheRunIsRecordedAndCountsLikePainDuring() {
        start();

        JsonNode state = session("{\"date\": \"" + today()
                + "\", \"walkMinutes\": 0, \"runMinutes\": 20, \"painDuring\": 3, \"painAfter\": 6}")
            .json();

        assertThat(state.get("sessions").get(0).get("painAfter").asInt()).isEqualTo(6);
        assertThat(state.get("status").asString()).isEqualTo("STEPPED_BACK");
        assertThat(state.get("reason").asString()).startsWith("Pain after your run was 6 out of 10, above 5");
    }

    @Test
    void aNewWarningSignStopsTheProgramme() {
        start();
        session(2, 1, "[]");
        later(1);

        JsonNode state = session(1, null, "[\"SWELLING_OR_DEFORMITY\"]").json();

        assertThat(state.get("status").asString()).isEqualTo("STOPPED");
        assertThat(state.get("reason").asString()).contains("warning sign");
    }

    @Test
    void theNextMorningPainWaitsForTheNextDayAndCanBeAddedThen() {
        start();
        JsonNode waiting = session(2, null, "[]").json();
        assertThat(waiting.get("reason").asString()).contains("waits for tomorrow morning");
        String run = waiting.get("sessions").get(0).get("id").asString();

        later(1);
        Http.Response added = http.send("PUT", "/api/v1/results/" + token + "/sessions/" + run,
                "{\"painNextMorning\": 0}", "X-Manage-Key", key, "Content-Type", "application/json");

        assertThat(added.status()).isEqualTo(200);
        assertThat(added.json().get("sessions").get(0).get("painNextMorning").asInt()).isZero();
        assertThat(added.json().get("reason").asString()).contains("1 of 3");
    }

    @Test
    void theNextMorningPainIsRefusedOnTheDayOfTheRunNamingIt() {
        start();
        String run = session(2, null, "[]").json().get("sessions").get(0).get("id").asString();

        Http.Response early = http.send("PUT", "/api/v1/results/" + token + "/sessions/" + run,
                "{\"painNextMorning\": 1}", "X-Manage-Key", key, "Content-Type", "application/json");
        Http.Response together = http.send("POST", "/api/v1/results/" + token + "/sessions",
                "{\"date\": \"" + today()
                        + "\", \"walkMinutes\": 0, \"runMinutes\": 20, \"painDuring\": 2, \"painNextMorning\": 1}",
                "X-Manage-Key", key, "Content-Type", "application/json");

        for (Http.Response refused : List.of(early, together)) {
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("painNextMorning");
        }
        JsonNode state = http.get("/api/v1/results/" + token + "/programme").json();
        assertThat(state.get("sessions").size()).as("nothing half-saved").isOne();
        assertThat(state.get("sessions").get(0).get("painNextMorning").isNull()).isTrue();
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
        Http.Response refused = startFor(urgent, 1);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aRestingPainAboveTwoIsRefusedWithAConflictNamingTheBaseline() {
        Http.Response refused = http.send("POST", "/api/v1/results/" + token + "/programme",
                "{\"baselinePain\": 4, \"days\": [\"MONDAY\"]}", "X-Manage-Key", key, "Content-Type",
                "application/json");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("baselinePain");
        assertThat(http.get("/api/v1/results/" + token + "/programme").status()).isEqualTo(404);
        assertThat(start().status()).as("at 2 or less it starts").isEqualTo(201);
    }

    @Test
    void aBoneStressResultOffersNoProgramme() {
        JsonNode boneStress = http
            .postJson("/api/v1/triage",
                    TriageJson.answers()
                        .location("UPPER_SHIN")
                        .timing("DURING_RUN_BUILDS")
                        .answer("boneSpot", true)
                        .answer("hopPain", true)
                        .json())
            .json();
        assertThat(boneStress.at("/causes/0/code").asString()).isEqualTo("BONE_STRESS");

        Http.Response refused = startFor(boneStress, 0);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("not to run");
    }

    @Test
    void implausibleStartsAndRunsAreRefusedNamingTheFieldAndChangeNothing() {
        assertThat(refusedField("/programme", "{\"baselinePain\": 1, \"days\": [null]}")).startsWith("days");
        assertThat(http.get("/api/v1/results/" + token + "/programme").status()).isEqualTo(404);

        start();
        String beforeTheStart = today().minusDays(5).toString();
        assertThat(refusedField("/sessions",
                "{\"date\": \"" + beforeTheStart + "\", \"walkMinutes\": 10, \"runMinutes\": 10, \"painDuring\": 2}"))
            .isEqualTo("date");
        assertThat(refusedField("/sessions",
                "{\"date\": \"" + today()
                        + "\", \"walkMinutes\": 10, \"runMinutes\": 10, \"painDuring\": 2, \"newRedFlags\": [null]}"))
            .startsWith("newRedFlags");
        assertThat(refusedField("/sessions",
                "{\"date\": \"" + today()
                        + "\", \"walkMinutes\": 10, \"runMinutes\": 10, \"painDuring\": 2, \"painAfter\": 11}"))
            .isEqualTo("painAfter");
        assertThat(http.get("/api/v1/results/" + token + "/programme").json().get("sessions").size()).isZero();
    }

    @Test
    void aProgrammeKeepsThePainRuleOfTheVersionItStartedUnder() {
        start();
        session(4, 1, "[]");
        later(2);
        session(2, 1, "[]");
        later(2);
        JsonNode before = http.get("/api/v1/results/" + token + "/programme").json();
        // The admin works in the present; the runner's days come back after the publish.
        clock.reset();
        AdminSession admin = new AdminSession(port).loggedIn();
        admin.get("/admin/rules");
        admin.postForm("/admin/rules/draft", Map.of());
        Map<String, String> settings = AdminSession.formFields(admin.get("/admin/rules/settings").body());
        settings.put("painMaxDuring", "3");
        assertThat(admin.postForm("/admin/rules/settings", settings).statusCode()).isEqualTo(303);
        admin.get("/admin/rules");
        assertThat(
                admin.postForm("/admin/rules/publish", Map.of("changeNote", "Stricter pain during a run")).statusCode())
            .isEqualTo(303);
        later(4);
        try {
            assertThat(http.get("/api/v1/results/" + token + "/programme").json())
                .as("the decisions made before the publish, replayed after it")
                .isEqualTo(before);
            JsonNode state = session(4, 1, "[]").json();
            assertThat(state.get("status").asString()).as("4 keeps the rule this programme started with")
                .isEqualTo("ON_TRACK");

            // A re-run is made under the new rules and the programme moves to it, with
            // the
            // rules it started under.
            JsonNode stayed = http.get("/api/v1/results/" + token + "/programme").json();
            assertThat(http.send("POST", "/api/v1/results/" + token + "/rerun", null, "X-Manage-Key", key).status())
                .isEqualTo(201);
            JsonNode moved = http.get("/api/v1/results/" + token + "/programme").json();
            assertThat(List.of(moved.get("week"), moved.get("status"), moved.get("reason"), moved.get("sessions")))
                .as("the decisions made before the re-run, replayed after it")
                .isEqualTo(List.of(stayed.get("week"), stayed.get("status"), stayed.get("reason"),
                        stayed.get("sessions")));

            JsonNode newer = http.postJson("/api/v1/triage", REDUCE).json();
            startFor(newer, 0);
            Http.Response run = http.send("POST", "/api/v1/results/" + newer.get("token").asString() + "/sessions",
                    "{\"date\": \"" + today() + "\", \"walkMinutes\": 0, \"runMinutes\": 20, \"painDuring\": 4}",
                    "X-Manage-Key", newer.get("manageKey").asString(), "Content-Type", "application/json");
            assertThat(run.json().get("status").asString()).as("a new result gets the new rule")
                .isEqualTo("STEPPED_BACK");
        }
        finally {
            clock.reset();
            int seeded = jdbc.queryForObject(
                    "SELECT version_number FROM rule_set WHERE change_note LIKE 'Triage contract version 3%'",
                    Integer.class);
            admin.get("/admin/rules/versions");
            assertThat(admin.postForm("/admin/rules/versions/" + seeded + "/republish", Map.of()).statusCode())
                .as("the seeded rule is live again")
                .isEqualTo(303);
        }
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
        assertThat(http.page("/m/" + newKey + "/running").body()).contains("Week 3");
        assertThat(http.page("/m/" + key).status()).as("the old result's page still opens").isEqualTo(200);
        later(1);
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

    @Test
    void activitiesNamedAtTheStartAreRatedWeeklyAndARiseOfTwoReadsAsReal() {
        Http.Response started = startWithActivities(
                "[{\"name\": \"  Running downhill \", \"score\": 3}, {\"name\": \"Stairs\", \"score\": 5}]");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        JsonNode psfs = started.json().get("psfs");
        assertThat(psfs.get("activities").get(0).asString()).as("trimmed").isEqualTo("Running downhill");
        assertThat(psfs.get("startAverage").asDouble()).isEqualTo(4.0);
        assertThat(psfs.get("change").asString()).isEqualTo("FIRST");
        assertThat(psfs.get("latestGlobalChange").isNull()).isTrue();

        later(7);
        JsonNode rated = rate("{\"scores\": [6, 6], \"globalChange\": \"BETTER\"}").json().get("psfs");

        assertThat(rated.get("nowAverage").asDouble()).isEqualTo(6.0);
        assertThat(rated.get("change").asString()).isEqualTo("BETTER");
        assertThat(rated.get("latestGlobalChange").asString()).isEqualTo("BETTER");
        JsonNode coach = http.get("/api/v1/results/" + token + "/programme").json().get("psfs");
        assertThat(coach.get("ratings").size()).isEqualTo(2);
        assertThat(coach.get("ratings").get(1).get("date").asString()).isEqualTo(today().toString());
        assertThat(coach.get("ratings").get(1).get("scores").toString()).isEqualTo("[6,6]");
    }

    @Test
    void aProgrammeStartedWithoutActivitiesHasNoPsfsAndRefusesARating() {
        assertThat(start().json().get("psfs").isNull()).isTrue();

        Http.Response refused = http.send("POST", "/api/v1/results/" + token + "/programme/ratings",
                "{\"scores\": [5], \"globalChange\": \"BETTER\"}", "X-Manage-Key", key, "Content-Type",
                "application/json");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void badActivitiesAndRatingsAreRefusedNamingTheFieldAndChangeNothing() {
        String tooLong = "x".repeat(61);
        assertThat(refusedField("/programme", startBody("[{\"name\": \"" + tooLong + "\", \"score\": 3}]")))
            .isEqualTo("activities[0].name");
        assertThat(refusedField("/programme",
                startBody("[{\"name\": \"Stairs\", \"score\": 3}, {\"name\": \"Hills\", \"score\": 11}]")))
            .isEqualTo("activities[1].score");
        assertThat(refusedField("/programme", startBody("[{\"name\": \"  \", \"score\": 3}]")))
            .isEqualTo("activities[0].name");
        String four = "[{\"name\": \"a\", \"score\": 1}, {\"name\": \"b\", \"score\": 1},"
                + " {\"name\": \"c\", \"score\": 1}, {\"name\": \"d\", \"score\": 1}]";
        assertThat(refusedField("/programme", startBody(four))).isEqualTo("activities");
        assertThat(http.get("/api/v1/results/" + token + "/programme").status()).isEqualTo(404);

        startWithActivities("[{\"name\": \"Stairs\", \"score\": 3}, {\"name\": \"Hills\", \"score\": 2}]");
        assertThat(refusedField("/programme/ratings", "{\"scores\": [4, 11], \"globalChange\": \"BETTER\"}"))
            .startsWith("scores");
        assertThat(refusedField("/programme/ratings", "{\"scores\": [4], \"globalChange\": \"BETTER\"}"))
            .isEqualTo("scores");
        assertThat(refusedField("/programme/ratings", "{\"scores\": [4, 4]}")).isEqualTo("globalChange");
        assertThat(refusedField("/programme/ratings", "{\"scores\": [4, 4], \"globalChange\": \"FINE\"}"))
            .isEqualTo("globalChange");
        assertThat(http.get("/api/v1/results/" + token + "/programme").json().at("/psfs/ratings").size()).isEqualTo(1);
    }

    @Test
    void activityNamesAreSealedAndEscapedOnTheCoachsPage() {
        startWithActivities("[{\"name\": \"<script>alert(1)</script> kneeling\", \"score\": 3}]");

        byte[] stored = jdbc.queryForObject("SELECT p.sealed_data FROM return_programme p ORDER BY p.id DESC LIMIT 1",
                byte[].class);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("kneeling");
        String page = http.get("/r/" + token).body();
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; kneeling").doesNotContain("<script>alert(1)");
    }

    @Test
    void theCsvListsEveryRatingWithActivityNamesThatCannotRunAsFormulas() {
        startWithActivities("[{\"name\": \"=SUM(A1:A9)\", \"score\": 3}, {\"name\": \"Stairs\", \"score\": 5}]");
        later(7);
        rate("{\"scores\": [4, 8], \"globalChange\": \"A_LITTLE_BETTER\"}");

        String csv = http.send("GET", "/api/v1/results/" + token + "/programme.csv", null, "Accept", "*/*").body();

        assertThat(csv.substring(csv.indexOf("\r\n\r\n") + 4).split("\r\n")).containsExactly(
                "date,week,activity,score,global_change", today().minusDays(7) + ",3,\"'=SUM(A1:A9)\",3,",
                today().minusDays(7) + ",3,\"Stairs\",5,", today() + ",3,\"'=SUM(A1:A9)\",4,A_LITTLE_BETTER",
                today() + ",3,\"Stairs\",8,A_LITTLE_BETTER");
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

    private Http.Response startWithActivities(String activities) {
        return http.send("POST", "/api/v1/results/" + token + "/programme", startBody(activities), "X-Manage-Key", key,
                "Content-Type", "application/json");
    }

    private static String startBody(String activities) {
        return "{\"baselinePain\": 0, \"days\": [\"MONDAY\", \"WEDNESDAY\"], \"activities\": " + activities + "}";
    }

    private Http.Response rate(String body) {
        Http.Response response = http.send("POST", "/api/v1/results/" + token + "/programme/ratings", body,
                "X-Manage-Key", key, "Content-Type", "application/json");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response;
    }

    private Http.Response startFor(JsonNode result, int baselinePain) {
        return http.send("POST", "/api/v1/results/" + result.get("token").asString() + "/programme",
                "{\"baselinePain\": " + baselinePain + ", \"days\": [\"MONDAY\"]}", "X-Manage-Key",
                result.get("manageKey").asString(), "Content-Type", "application/json");
    }

    /** The app's today. */
    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Days pass. */
    private void later(int days) {
        clock.advance(Duration.ofDays(days));
    }

    private Http.Response session(int painDuring, Integer painNextMorning, String newRedFlags) {
        return session(painDuring, painNextMorning, newRedFlags, key);
    }

    /**
     * A run of 20 minutes of running, as week 3 plans 25: today, or, with its
     * next-morning pain, yesterday (the morning after is today).
     */
    private Http.Response session(int painDuring, Integer painNextMorning, String newRedFlags, String manageKey) {
        LocalDate date = painNextMorning == null ? today() : today().minusDays(1);
        String body = "{\"date\": \"" + date + "\", \"walkMinutes\": 0, \"runMinutes\": 20, \"painDuring\": "
                + painDuring + (painNextMorning == null ? "" : ", \"painNextMorning\": " + painNextMorning)
                + ", \"newRedFlags\": " + newRedFlags + "}";
        return session(body, manageKey);
    }

    private Http.Response session(String body) {
        return session(body, key);
    }

    private Http.Response session(String body, String manageKey) {
        Http.Response response = http.send("POST", "/api/v1/results/" + token + "/sessions", body, "X-Manage-Key",
                manageKey, "Content-Type", "application/json");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response;
    }

}
