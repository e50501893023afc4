package app.kneetriage.boards;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.kneetriage.support.AdminSession;
import app.kneetriage.support.Concurrently;
import app.kneetriage.support.DatabaseTest;
import app.kneetriage.support.Http;
import app.kneetriage.support.TriageJson;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A coach's board through HTTP, as browsers use it: the coach creates and runs the board,
 * runners join and leave from their manage pages, and what a runner does to their result
 * (turning the link off, deleting, re-running) shows on the board at once.
 */
@DatabaseTest
class BoardPagesTests {

    private static final Pattern JOIN_CODE = Pattern.compile("id=\"join-code\">([A-Z0-9-]+)<");

    @LocalServerPort
    int port;

    @Test
    void aCoachCreatesABoardAndIsToldOnceToKeepItsLinkPrivate() {
        AdminSession coach = new AdminSession(port);
        String board = createBoard(coach, "  Tuesday group  ");

        String firstView = coach.get(board).body();
        String secondView = coach.get(board).body();

        assertThat(board).matches("/b/[A-Za-z0-9_-]{24}");
        assertThat(firstView).contains("<h1>Tuesday group</h1>").contains("board-link-notice");
        assertThat(joinCode(firstView)).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
        assertThat(secondView).contains("Tuesday group").doesNotContain("board-link-notice");
    }

    @Test
    void aBoardNameIsRequiredAndAtMostSixtyCharacters() {
        AdminSession coach = new AdminSession(port);
        coach.get("/boards/new");

        HttpResponse<String> blank = coach.postForm("/boards/new", Map.of("boardName", "   "));
        HttpResponse<String> tooLong = coach.postForm("/boards/new", Map.of("boardName", "x".repeat(61)));

        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(blank.body()).contains("boardName-error").contains("Give the board a name.");
        assertThat(tooLong.body()).contains("boardName-error").contains("Keep the name to 60 characters.");
    }

    @Test
    void aBoardNameWithHtmlIsShownAsTextToCoachAndRunner() {
        AdminSession coach = new AdminSession(port);
        String board = createBoard(coach, "<script>alert(1)</script>");
        String code = joinCode(coach.get(board).body());
        Runner runner = newRunner();

        String confirmation = runner.find(code).body();
        runner.join(code);
        String managePage = runner.session.get("/m/" + runner.manageKey).body();

        assertThat(coach.get(board).body()).doesNotContain("<script>alert(1)</script>")
            .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(confirmation).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(managePage).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void aRunnerSeesTheBoardsNameBeforeJoiningAndAppearsOnTheBoardLinkedToTheSharePage() {
        AdminSession coach = new AdminSession(port);
        String board = createBoard(coach, "Tuesday group");
        String code = joinCode(coach.get(board).body());
        Runner runner = newRunner();

        String confirmation = runner.find(code.toLowerCase().replace("-", " ")).body();
        assertThat(confirmation).contains("Tuesday group").contains("Join this board");
        assertThat(coach.get(board).body()).doesNotContain(runner.token);

        HttpResponse<String> joined = runner.join(code);
        assertThat(joined.statusCode()).isEqualTo(302);
        assertThat(joined.headers().firstValue("Location").orElseThrow()).endsWith("/m/" + runner.manageKey);
        assertThat(runner.session.get("/m/" + runner.manageKey).body()).contains("Boards you are on")
            .contains("Tuesday group");
        assertThat(coach.get(board).body()).contains("/r/" + runner.token).contains("A runner");
    }

    @Test
    void aWrongJoinCodeIsAFieldErrorAndJoinsNothing() {
        Runner runner = newRunner();

        String page = runner.find("ZZZZ-ZZZZ").body();
        HttpResponse<String> join = runner.join("ZZZZ-ZZZZ");

        assertThat(page).contains("joinCode-error").contains("No board has this code");
        assertThat(join.statusCode()).isEqualTo(200);
        assertThat(join.body()).contains("joinCode-error");
    }

    @Test
    void aNewJoinCodeStopsTheOldOneButKeepsTheRunners() {
        AdminSession coach = new AdminSession(port);
        String board = createBoard(coach, "Track");
        String oldCode = joinCode(coach.get(board).body());
        Runner first = newRunner();
        first.join(oldCode);

        coach.postForm(board + "/join-code", Map.of());
        String page = coach.get(board).body();
        String newCode = joinCode(page);

        assertThat(newCode).isNotEqualTo(oldCode);
        assertThat(newRunner().find(oldCode).body()).contains("No board has this code");
        assertThat(newRunner().find(newCode).body()).contains("Track");
        assertThat(page).contains("/r/" + first.token);
    }

    @Test
    void aBoardNameWithALineBreakOrAnInvisibleCharacterIsAFieldError() {
        AdminSession coach = new AdminSession(port);
        coach.get("/boards/new");

        for (String name : List.of("Tues\u0000day", "Tuesday\ngroup", "\u202Epuorg yadseuT")) {
            HttpResponse<String> refused = coach.postForm("/boards/new", Map.of("boardName", name));
            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(refused.body()).contains("boardName-error").contains("no line breaks or invisible characters");
        }
    }

    @Test
    void aDoubleClickOnANewJoinCodeOrARenameAtTheSameMomentIsNoError() throws Exception {
        AdminSession coach = new AdminSession(port);
        String board = createBoard(coach, "Clicks");
        coach.get(board);

        List<Integer> answers = Concurrently.race(6, () -> coach, new Function<AdminSession, Integer>() {

            private final AtomicInteger calls = new AtomicInteger();

            @Override
            public Integer apply(AdminSession session) {
                return calls.getAndIncrement() % 2 == 0 ? session.postForm(board + "/join-code", Map.of()).statusCode()
                        : session.postForm(board + "/name", Map.of("boardName", "Clicks again")).statusCode();
            }

        });

        assertThat(answers).containsOnly(302);
        assertThat(coach.get(board).body()).contains("<h1>Clicks again</h1>");
    }

    @Test
    void aCoachRenamesTheBoard() {
        AdminSession coach = new AdminSession(port);
        String board = createBoard(coach, "Track");

        HttpResponse<String> renamed = coach.postForm(board + "/name", Map.of("boardName", "Thursday track"));
        HttpResponse<String> blank = coach.postForm(board + "/name", Map.of("boardName", ""));

        assertThat(renamed.statusCode()).isEqualTo(302);
        assertThat(coach.get(board).body()).contains("<h1>Thursday track</h1>");
        assertThat(blank.body()).contains("boardName-error");
    }

    @Test
    void aRunnerWhoLeavesIsOffTheBoard() {
        AdminSession coach = new AdminSession(port);
        String board = createBoard(coach, "Leavers");
        Runner runner = newRunner();
        runner.join(joinCode(coach.get(board).body()));
        String managePage = runner.session.get("/m/" + runner.manageKey).body();
        Matcher leave = Pattern.compile("action=\"(/m/[^\"]+/boards/\\d+/leave)\"").matcher(managePage);
        assertThat(leave.find()).isTrue();

        runner.session.postForm(leave.group(1), Map.of());

        assertThat(coach.get(board).body()).doesNotContain(runner.token);
        assertThat(runner.session.get("/m/" + runner.manageKey).body()).doesNotContain("Boards you are on");
    }

    @Test
    void turningTheShareLinkOffOrDeletingTheResultTakesTheRunnerOffTheBoardAtOnce() {
        AdminSession coach = new AdminSession(port);
        String board = createBoard(coach, "Privacy");
        String code = joinCode(coach.get(board).body());
        Runner revoking = newRunner();
        Runner deleting = newRunner();
        revoking.join(code);
        deleting.join(code);
        assertThat(coach.get(board).body()).contains(revoking.token).contains(deleting.token);

        revoking.session.postForm("/m/" + revoking.manageKey + "/revoke", Map.of());
        deleting.session.get("/m/" + deleting.manageKey + "/delete");
        deleting.session.postForm("/m/" + deleting.manageKey + "/delete", Map.of());
        // Sharing again does not put the runner back: joining is the runner's own step.
        revoking.session.postForm("/m/" + revoking.manageKey + "/share", Map.of());

        String page = coach.get(board).body();
        assertThat(page).doesNotContain(revoking.token).doesNotContain(deleting.token);
        assertThat(page).contains("Runners: 0 of 200");
    }

    @Test
    void aReRunThatMovesTheShareLinkKeepsTheRunnerOnTheBoard() {
        AdminSession coach = new AdminSession(port);
        String board = createBoard(coach, "Reruns");
        Runner runner = newRunner();
        runner.join(joinCode(coach.get(board).body()));

        Http.Response rerun = new Http(port).send("POST", "/api/v1/results/" + runner.token + "/rerun", null,
                "X-Manage-Key", runner.manageKey);

        assertThat(rerun.json().get("token").asString()).isEqualTo(runner.token);
        assertThat(coach.get(board).body()).contains("/r/" + runner.token);
    }

    @Test
    void aWrongOrDeletedBoardKeyIsNotFound() {
        AdminSession coach = new AdminSession(port);
        String board = createBoard(coach, "Short lived");
        coach.get(board + "/delete");

        HttpResponse<String> deleted = coach.postForm(board + "/delete", Map.of());

        assertThat(deleted.headers().firstValue("Location").orElseThrow()).endsWith("/boards/deleted");
        assertThat(coach.get(board).statusCode()).isEqualTo(404);
        assertThat(coach.get("/b/AAAAAAAAAAAAAAAAAAAAAAAA").statusCode()).isEqualTo(404);
        assertThat(coach.get("/b/not-a-key").statusCode()).isEqualTo(404);
        assertThat(coach.postForm("/b/AAAAAAAAAAAAAAAAAAAAAAAA/join-code", Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void theStartPageLinksCoachesToANewBoard() {
        assertThat(new AdminSession(port).get("/").body()).contains("href=\"/boards/new\"");
    }

    private String createBoard(AdminSession coach, String name) {
        coach.get("/boards/new");
        HttpResponse<String> created = coach.postForm("/boards/new", Map.of("boardName", name));
        assertThat(created.statusCode()).isEqualTo(302);
        return created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    static String joinCode(String boardPage) {
        Matcher code = JOIN_CODE.matcher(boardPage);
        assertThat(code.find()).as("the board page shows its join code").isTrue();
        return code.group(1);
    }

    private Runner newRunner() {
        Http.Response created = new Http(port).postJson("/api/v1/triage", TriageJson.answers().json());
        AdminSession session = new AdminSession(port);
        String manageKey = created.json().get("manageKey").asString();
        session.get("/m/" + manageKey);
        return new Runner(session, created.json().get("token").asString(), manageKey);
    }

    private record Runner(AdminSession session, String token, String manageKey) {

        HttpResponse<String> find(String code) {
            return session.postForm("/m/" + manageKey + "/boards/find", Map.of("joinCode", code));
        }

        HttpResponse<String> join(String code) {
            return session.postForm("/m/" + manageKey + "/boards/join", Map.of("joinCode", code));
        }

    }

}
