package app.kneetriage.boards;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

/**
 * A board's rows carry each runner's return to running as the share link shows it: the
 * week and the latest decision, the last run and its pains, the PSFS, and the flags a
 * coach should notice, in the order of who needs attention most. The app's clock is
 * moved, so quiet weeks pass in a moment.
 */
@DatabaseTest
@Import(MovableClockConfiguration.class)
class BoardTrackerTests {

    /**
     * Deep, aching pain at rest for a month after earlier episodes: see a professional.
     */
    private static final String SEE_A_PROFESSIONAL = TriageJson.answers()
        .location("DEEP")
        .character("DEEP_ACHE")
        .timing("AT_REST", "AFTER_RUN")
        .painScore(4)
        .durationDays(30)
        .json();

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    private AdminSession coach;

    private String board;

    private String code;

    @BeforeEach
    void newBoard() {
        clock.reset();
        coach = new AdminSession(port);
        coach.get("/boards/new");
        HttpResponse<String> created = coach.postForm("/boards/new", Map.of("boardName", "Tracker group"));
        board = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        code = BoardPagesTests.joinCode(coach.get(board).body());
    }

    @Test
    void aRunWithPainSevenPutsTheRunnerFirstSteppedBackWithTheRunAndTheScores() {
        Runner steady = joined("[{\"name\": \"Stairs\", \"score\": 4}]");
        Runner hurting = joined(
                "[{\"name\": \"Running downhill\", \"score\": 3}, {\"name\": \"Kneeling\", \"score\": 5}]");
        steady.run(today(), 2, null);
        hurting.run(today(), 7, null);

        String page = coach.get(board).body();

        assertThat(page.indexOf(hurting.token)).as("the runner who stepped back comes first")
            .isLessThan(page.indexOf(steady.token));
        assertThat(row(page, hurting.token)).contains("flag-STEPPED_BACK")
            .contains("Week 2, stepped back")
            .contains(": 20 min, pain 7 during<")
            .contains("4.0 at the start, 4.0 now");
        String managePage = hurting.session.get("/m/" + hurting.manageKey).body();
        assertThat(managePage.indexOf("class=\"programme-card\"")).as("the tracker before the boards card")
            .isPositive()
            .isLessThan(managePage.indexOf("class=\"boards-card\""));
        assertThat(row(page, steady.token)).doesNotContain("flag-")
            .contains("Week 3, on track")
            .contains(": 20 min, pain 2 during<");
    }

    @Test
    void aNewWarningSignIsStoppedAndComesBeforeAProfessionalToSee() {
        Runner professional = joined(SEE_A_PROFESSIONAL, null);
        Runner stopped = joined(null);
        stopped.run(today(), 2, null, "[\"GIVING_WAY\"]");

        String page = coach.get(board).body();

        assertThat(row(page, stopped.token)).contains("flag-STOPPED")
            .contains("Week 3, stopped")
            .as("the check's running answer gives way to the stop")
            .contains("No: stopped for a new warning sign")
            .doesNotContain("Running about half as much");
        assertThat(page.indexOf(stopped.token)).isLessThan(page.indexOf(professional.token));
    }

    @Test
    void painThatCreepsUpOverThreeRunsIsRising() {
        Runner creeping = joined(null);
        creeping.run(today(), 1, null);
        clock.advance(Duration.ofDays(2));
        creeping.run(today(), 2, null);
        clock.advance(Duration.ofDays(2));
        creeping.run("{\"date\": \"" + today() + "\", \"walkMinutes\": 0, \"runMinutes\": 20, \"painDuring\": 2,"
                + " \"painAfter\": 3, \"newRedFlags\": []}");

        assertThat(row(coach.get(board).body(), creeping.token)).contains("flag-PAIN_RISING")
            .contains(": 20 min, pain 2 during, 3 after<")
            .doesNotContain("flag-STEPPED_BACK")
            .contains("No activities scored");
    }

    @Test
    void aWeekWithoutARunAndALinkEndingWithinAWeekAreFlagged() {
        Runner quiet = joined(null);
        Runner leaving = joined(null);
        leaving.run(today(), 1, null);
        leaving.session.postForm("/m/" + leaving.manageKey + "/expiry", Map.of("expiry", "DAYS_7"));
        clock.advance(Duration.ofDays(1));

        String dayLater = coach.get(board).body();
        assertThat(row(dayLater, leaving.token)).contains("flag-LINK_ENDING").contains("Share link ends");
        assertThat(row(dayLater, quiet.token)).doesNotContain("flag-").contains("No run logged yet");

        clock.advance(Duration.ofDays(7));
        String weekLater = coach.get(board).body();
        assertThat(row(weekLater, quiet.token)).contains("flag-NO_RECENT_RUN");
        assertThat(weekLater).as("the ended link hides the runner, and the board says so")
            .doesNotContain(leaving.token)
            .contains("Runners: 1 of 200")
            .contains("One more runner is on the board but hidden");
    }

    @Test
    void aRunnerWithoutAReturnToRunningShowsThatPlainly() {
        Runner untracked = joined(TriageJson.answers().json(), null);

        assertThat(row(coach.get(board).body(), untracked.token)).contains("Not tracking").doesNotContain("flag-");
    }

    @Test
    void theBoardDownloadsForASpreadsheetWithTheRowsInOrderAndNoFormulas() {
        coach.postForm(board + "/name", Map.of("boardName", "=HYPERLINK(\"http://x\")"));
        Runner steady = joined("[{\"name\": \"Stairs\", \"score\": 4}]");
        Runner hurting = joined(null);
        steady.run(today(), 2, null);
        hurting.run(today(), 7, null);

        HttpResponse<String> csv = coach.get(board + "/board.csv");

        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(csv.body().lines().toList()).containsExactly("\uFEFFboard,\"'=HYPERLINK(\"\"http://x\"\")\"", "",
                "runner,last_check,urgency,can_run,top_cause,fit,week,decision,last_run,run_minutes,pain_during,"
                        + "pain_after,pain_next_morning,psfs_start,psfs_now,flags,link_ends",
                "\"A runner\"," + today()
                        + ",SELF_CARE,REDUCE,\"Iliotibial band syndrome (ITBS)\",STRONG,2,STEPPED_BACK," + today()
                        + ",20,7,,,,,STEPPED_BACK," + today().plusDays(90),
                "\"A runner\"," + today() + ",SELF_CARE,REDUCE,\"Iliotibial band syndrome (ITBS)\",STRONG,3,ON_TRACK,"
                        + today() + ",20,2,,,4.0,4.0,," + today().plusDays(90));
        assertThat(coach.get("/b/AAAAAAAAAAAAAAAAAAAAAAAA/board.csv").statusCode()).isEqualTo(404);
    }

    private static String row(String page, String token) {
        int at = page.indexOf("/r/" + token);
        assertThat(at).as("the board shows the runner").isPositive();
        return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** A runner told to run less, on the board, with a return to running started. */
    private Runner joined(String activities) {
        return joined(TriageJson.keepRunningLess(), activities == null ? "" : ", \"activities\": " + activities);
    }

    /**
     * @param start what the start adds to the pain and days, {@code null} for no start
     */
    private Runner joined(String answers, String start) {
        Http http = new Http(port);
        Http.Response created = http.postJson("/api/v1/triage", answers);
        Runner runner = new Runner(http, new AdminSession(port), created.json().get("token").asString(),
                created.json().get("manageKey").asString());
        runner.session.get("/m/" + runner.manageKey);
        assertThat(runner.session.postForm("/m/" + runner.manageKey + "/boards/join", Map.of("joinCode", code))
            .statusCode()).isEqualTo(302);
        if (start != null) {
            Http.Response started = http.send("POST", "/api/v1/results/" + runner.token + "/programme",
                    "{\"baselinePain\": 0, \"days\": [\"MONDAY\", \"WEDNESDAY\", \"FRIDAY\"]" + start + "}",
                    "X-Manage-Key", runner.manageKey, "Content-Type", "application/json");
            assertThat(started.status()).as(started.body()).isEqualTo(201);
        }
        return runner;
    }

    private record Runner(Http http, AdminSession session, String token, String manageKey) {

        void run(LocalDate date, int painDuring, Integer painNextMorning) {
            run(date, painDuring, painNextMorning, "[]");
        }

        void run(LocalDate date, int painDuring, Integer painNextMorning, String newRedFlags) {
            run("{\"date\": \"" + date + "\", \"walkMinutes\": 0, \"runMinutes\": 20, \"painDuring\": " + painDuring
                    + (painNextMorning == null ? "" : ", \"painNextMorning\": " + painNextMorning)
                    + ", \"newRedFlags\": " + newRedFlags + "}");
        }

        void run(String body) {
            Http.Response logged = http.send("POST", "/api/v1/results/" + token + "/sessions", body, "X-Manage-Key",
                    manageKey, "Content-Type", "application/json");
            assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        }

    }

}
