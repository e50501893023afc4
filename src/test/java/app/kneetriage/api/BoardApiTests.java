package app.kneetriage.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import app.kneetriage.results.Tokens;
import app.kneetriage.support.AdminSession;
import app.kneetriage.support.Concurrently;
import app.kneetriage.support.DatabaseTest;
import app.kneetriage.support.Http;
import app.kneetriage.support.MovableClock;
import app.kneetriage.support.MovableClockConfiguration;
import app.kneetriage.support.TriageJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Coaches' boards over the JSON API, through HTTP: a coach creates a board and reads its
 * rows with the board key; runners join, list and leave with their manage key; bad input
 * is a 400 naming the field, a wrong board key a 404 that tells nothing, a full board or
 * a share link that is off a 409 with the reason.
 */
@DatabaseTest
@Import(MovableClockConfiguration.class)
class BoardApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MovableClock clock;

    Http http;

    @BeforeEach
    void client() {
        clock.reset();
        http = new Http(port);
    }

    @Test
    void aNewBoardAnswers201WithItsKeyItsJoinCodeAndItsLinkAndOpensEmpty() {
        Http.Response created = http.postJson("/api/v1/boards", "{\"boardName\": \"  Tuesday group  \"}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode board = created.json();
        String boardKey = board.get("boardKey").asString();
        assertThat(boardKey).matches("[A-Za-z0-9_-]{24}");
        assertThat(board.get("joinCode").asString()).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
        assertThat(board.get("boardName").asString()).isEqualTo("Tuesday group");
        assertThat(board.get("boardUrl").asString()).startsWith("http").endsWith("/b/" + boardKey);
        assertThat(created.header("Location")).isEqualTo("/api/v1/boards/" + boardKey);
        assertThat(created.header("Cache-Control")).contains("no-store");

        Http.Response read = http.get("/api/v1/boards/" + boardKey);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("Cache-Control")).contains("no-store");
        JsonNode opened = read.json();
        assertThat(opened.get("boardName").asString()).isEqualTo("Tuesday group");
        assertThat(opened.get("joinCode").asString()).isEqualTo(board.get("joinCode").asString());
        assertThat(opened.get("runners").asInt()).isZero();
        assertThat(opened.get("maxRunners").asInt()).isEqualTo(200);
        assertThat(opened.get("rows").isEmpty()).isTrue();
        assertThat(new AdminSession(port).get("/b/" + boardKey).body()).contains("<h1>Tuesday group</h1>");
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"boardName\": \"   \"}", "{\"boardName\": null}", "{}", "{\"boardName\": 5}",
            "{\"boardName\": [\"Tuesday\"]}", "{\"boardName\": {\"name\": \"Tuesday\"}}", "{\"boardName\": true}",
            "{\"boardName\": \"Tues\\u0000day\"}", "{\"boardName\": \"Tuesday\\ngroup\"}",
            "{\"boardName\": \"\\u202Epuorg yadseuT\"}" })
    void aMissingBlankOrWronglyTypedBoardNameIsA400NamingItAndMakesNoBoard(String body) {
        long before = boards();

        Http.Response refused = http.postJson("/api/v1/boards", body);

        assertProblem(refused, 400);
        assertThat(fields(refused.json())).containsExactly("boardName");
        assertThat(refused.json().get("title").asString()).isEqualTo("Invalid request");
        assertThat(boards()).isEqualTo(before);
    }

    @Test
    void aBoardNameIsAtMostSixtyCharactersAfterTrimming() {
        Http.Response tooLong = http.postJson("/api/v1/boards", "{\"boardName\": \"" + "x".repeat(61) + "\"}");
        Http.Response longest = http.postJson("/api/v1/boards", "{\"boardName\": \"  " + "x".repeat(60) + "  \"}");

        assertProblem(tooLong, 400);
        assertThat(tooLong.json().at("/errors/0/field").asString()).isEqualTo("boardName");
        assertThat(tooLong.json().at("/errors/0/message").asString()).isEqualTo("Keep the name to 60 characters.");
        assertThat(longest.status()).isEqualTo(201);
        assertThat(longest.json().get("boardName").asString()).isEqualTo("x".repeat(60));
    }

    @Test
    void anUnknownFieldOrNoBodyIsA400NamingIt() {
        assertThat(fields(http.postJson("/api/v1/boards", "{\"boardName\": \"A\", \"coach\": \"Sam\"}").json()))
            .containsExactly("coach");
        assertThat(fields(http.postJson("/api/v1/boards", "").json())).containsExactly("body");
    }

    @Test
    void aRunnerJoinsListsAndLeavesABoardWithTheManageKey() {
        Board board = newBoard("Tuesday group");
        Runner runner = newRunner(TriageJson.answers().json());

        Http.Response joined = runner.join(board.joinCode().toLowerCase().replace("-", " "));
        Http.Response again = runner.join(board.joinCode());

        assertThat(joined.status()).as(joined.body()).isEqualTo(201);
        assertThat(joined.header("Location")).isEqualTo("/api/v1/results/" + runner.token() + "/boards");
        JsonNode onBoard = joined.json().at("/boards/0");
        assertThat(onBoard.get("name").asString()).isEqualTo("Tuesday group");
        assertThat(again.status()).as("already on it").isEqualTo(200);
        assertThat(again.json()).isEqualTo(joined.json());
        assertThat(runner.list().json()).isEqualTo(joined.json());
        assertThat(read(board).json().get("runners").asInt()).isEqualTo(1);
        assertThat(read(board).json().at("/rows/0/token").asString()).isEqualTo(runner.token());

        Http.Response left = runner.leave(onBoard.get("id").asString());

        assertThat(left.status()).isEqualTo(204);
        assertThat(runner.list().json().get("boards").isEmpty()).isTrue();
        assertThat(read(board).json().get("rows").isEmpty()).isTrue();
        Http.Response leftAgain = runner.leave(onBoard.get("id").asString());
        assertProblem(leftAgain, 404);
        assertThat(leftAgain.json().get("title").asString()).isEqualTo("Not on this board");
    }

    @Test
    void rowsCarryTheReturnToRunningAndTheFlagsMostInNeedFirst() {
        Board board = newBoard("Track");
        Runner untracked = newRunner(TriageJson.keepRunningLess());
        Runner hurting = newRunner(TriageJson.keepRunningLess());
        untracked.join(board.joinCode());
        hurting.join(board.joinCode());
        hurting.start("[{\"name\": \"Running downhill\", \"score\": 3}, {\"name\": \"Kneeling\", \"score\": 5}]");
        hurting.run(7);

        JsonNode read = read(board).json();

        assertThat(read.get("runners").asInt()).isEqualTo(2);
        JsonNode first = read.at("/rows/0");
        assertThat(first.get("token").asString()).as("the runner who stepped back comes first")
            .isEqualTo(hurting.token());
        assertThat(first.propertyNames()).containsExactly("token", "nickname", "checkedAt", "urgency", "running",
                "topCause", "linkEndsAt", "tracker", "flags");
        assertThat(first.get("nickname").isNull()).isTrue();
        assertThat(Instant.parse(first.get("checkedAt").asString())).isBeforeOrEqualTo(clock.instant());
        assertThat(first.get("running").asString()).isEqualTo("REDUCE");
        assertThat(first.at("/topCause/code").asString()).isEqualTo("ITBS");
        assertThat(first.get("topCause").propertyNames()).containsExactly("code", "name", "fit");
        assertThat(Instant.parse(first.get("linkEndsAt").asString())).isAfter(clock.instant());
        assertThat(first.at("/tracker/week").asInt()).isEqualTo(2);
        assertThat(first.at("/tracker/decision").asString()).isEqualTo("STEPPED_BACK");
        JsonNode lastRun = first.at("/tracker/lastRun");
        assertThat(lastRun.propertyNames()).containsExactly("date", "walkMinutes", "runMinutes", "painDuring",
                "painAfter", "painNextMorning");
        assertThat(lastRun.get("date").asString()).isEqualTo(today().toString());
        assertThat(lastRun.get("runMinutes").asInt()).isEqualTo(20);
        assertThat(lastRun.get("painDuring").asInt()).isEqualTo(7);
        assertThat(lastRun.get("painNextMorning").isNull()).isTrue();
        assertThat(first.at("/tracker/psfs/startAverage").asDouble()).isEqualTo(4.0);
        assertThat(first.at("/tracker/psfs/nowAverage").asDouble()).isEqualTo(4.0);
        assertThat(first.at("/tracker/psfs/verdict").asString()).isEqualTo("FIRST");
        assertThat(first.get("flags").toString()).isEqualTo("[\"STEPPED_BACK\"]");
        JsonNode second = read.at("/rows/1");
        assertThat(second.get("token").asString()).isEqualTo(untracked.token());
        assertThat(second.get("tracker").isNull()).isTrue();
        assertThat(second.get("flags").isEmpty()).isTrue();
        assertThat(read.toString()).as("nothing the share link keeps to the runner")
            .doesNotContain(hurting.manageKey())
            .doesNotContain("notes");
    }

    @Test
    void aWrongBoardKeyIsTheSame404HoweverItIsWrong() {
        Board deleted = newBoard("Gone");
        AdminSession coach = new AdminSession(port);
        coach.get("/b/" + deleted.boardKey() + "/delete");
        coach.postForm("/b/" + deleted.boardKey() + "/delete", Map.of());
        String unknown = Tokens.newToken();

        List<JsonNode> answers = new ArrayList<>();
        for (String key : new String[] { deleted.boardKey(), unknown, "not-a-key", "x".repeat(300), "%20" }) {
            Http.Response answer = http.get("/api/v1/boards/" + key);
            assertProblem(answer, 404);
            answers.add(answer.json());
        }

        assertThat(answers).extracting(a -> a.get("title").asString()).containsOnly("Board not found");
        assertThat(answers).extracting(a -> a.get("detail").asString())
            .containsOnly("There is no board for this link.");
        assertThat(answers).allSatisfy(
                a -> assertThat(a.propertyNames()).containsExactlyInAnyOrder("title", "status", "detail", "instance"));
    }

    @Test
    void aWrongOrMissingManageKeyIsA404AndJoinsNothing() {
        Board board = newBoard("Keys");
        Runner runner = newRunner(TriageJson.answers().json());
        Runner other = newRunner(TriageJson.answers().json());

        for (String key : new String[] { null, "", "not-a-key", other.manageKey(), runner.token() }) {
            Runner wrong = new Runner(runner.token(), key);
            assertProblem(wrong.join(board.joinCode()), 404);
            assertProblem(wrong.list(), 404);
            assertProblem(wrong.leave("1"), 404);
        }

        assertThat(read(board).json().get("runners").asInt()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"joinCode\": \"ZZZZ-ZZZZ\"}", "{\"joinCode\": \"ABC\"}", "{\"joinCode\": \"  \"}", "{}",
            "{\"joinCode\": 12345678}", "{\"joinCode\": [\"ABCD-EFGH\"]}", "{\"joinCode\": null}" })
    void aJoinCodeNoBoardHasIsA400NamingJoinCode(String body) {
        newBoard("Codes");
        Runner runner = newRunner(TriageJson.answers().json());

        Http.Response refused = http.send("POST", "/api/v1/results/" + runner.token() + "/boards", body, "X-Manage-Key",
                runner.manageKey());

        assertProblem(refused, 400);
        assertThat(fields(refused.json())).containsExactly("joinCode");
        assertThat(runner.list().json().get("boards").isEmpty()).isTrue();
    }

    @Test
    void aShareLinkThatIsOffCannotJoinA409WithItsReason() {
        Board board = newBoard("Off");
        Runner runner = newRunner(TriageJson.answers().json());
        http.send("POST", "/api/v1/results/" + runner.token() + "/revoke", null, "X-Manage-Key", runner.manageKey());

        Http.Response refused = runner.join(board.joinCode());

        assertProblem(refused, 409);
        assertThat(refused.json().get("reason").asString()).isEqualTo("NOT_SHARED");
        assertThat(refused.json().get("detail").asString()).contains("Your share link is off");
    }

    @Test
    void aFullBoardRefusesTheNextRunnerA409WithItsReason() {
        Board board = newBoard("Big group");
        long boardId = jdbc.queryForObject("select id from coach_board where key_hash = ?", Long.class,
                Tokens.hash(board.boardKey()));
        List<Object[]> memberships = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            memberships.add(new Object[] { boardId, "mac-" + i, new byte[] { 1 }, Timestamp.from(Instant.now()) });
        }
        jdbc.batchUpdate(
                "insert into board_membership (board_id, token_mac, sealed_token, joined_at)" + " values (?, ?, ?, ?)",
                memberships);
        Runner runner = newRunner(TriageJson.answers().json());

        Http.Response refused = runner.join(board.joinCode());

        assertProblem(refused, 409);
        assertThat(refused.json().get("reason").asString()).isEqualTo("FULL");
        assertThat(refused.json().get("detail").asString())
            .isEqualTo("This board is full: it holds at most 200 runners.");
        assertThat(runner.list().json().get("boards").isEmpty()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "?board=", "?board=abc", "?board=0", "?board=-1", "?board=99999999999999999999",
            "?board=1.5" })
    void leavingWithoutABoardIdIsA400NamingBoard(String query) {
        Runner runner = newRunner(TriageJson.answers().json());

        Http.Response refused = http.send("DELETE", "/api/v1/results/" + runner.token() + "/boards" + query, null,
                "X-Manage-Key", runner.manageKey());

        assertProblem(refused, 400);
        assertThat(fields(refused.json())).containsExactly("board");
    }

    @Test
    void leavingABoardTheResultIsNotOnIsA404AndLeavesTheOtherBoardAlone() {
        Board mine = newBoard("Mine");
        Board other = newBoard("Other");
        Runner runner = newRunner(TriageJson.answers().json());
        Runner elsewhere = newRunner(TriageJson.answers().json());
        runner.join(mine.joinCode());
        long otherId = elsewhere.join(other.joinCode()).json().at("/boards/0/id").asLong();

        Http.Response refused = runner.leave(Long.toString(otherId));

        assertProblem(refused, 404);
        assertThat(refused.json().get("detail").asString()).isEqualTo("This result is not on that board.");
        assertThat(read(other).json().get("runners").asInt()).isEqualTo(1);
        assertThat(runner.list().json().at("/boards/0/name").asString()).isEqualTo("Mine");
    }

    private static void assertProblem(Http.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception");
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    private long boards() {
        return jdbc.queryForObject("select count(*) from coach_board", Long.class);
    }

    @Test
    void aJoinRacingTheLinkTurnedOffNeverLeavesTheRunnerOnTheBoard() throws Exception {
        Board board = newBoard("Racing");
        for (int round = 0; round < 6; round++) {
            Runner runner = newRunner(TriageJson.answers().json());
            List<Integer> answers = Concurrently.race(2, () -> runner, new Function<Runner, Integer>() {

                private final AtomicInteger calls = new AtomicInteger();

                @Override
                public Integer apply(Runner r) {
                    return calls.getAndIncrement() == 0 ? r.join(board.joinCode()).status()
                            : r.send("POST", "/revoke", null).status();
                }

            });

            assertThat(answers).allMatch(status -> status < 500);
            assertThat(runner.list().json().get("boards").size()).as("round " + round).isZero();
        }
        assertThat(read(board).json().get("rows").size()).isZero();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private Board newBoard(String name) {
        JsonNode created = http.postJson("/api/v1/boards", "{\"boardName\": \"" + name + "\"}").json();
        return new Board(created.get("boardKey").asString(), created.get("joinCode").asString());
    }

    private Runner newRunner(String answers) {
        JsonNode created = http.postJson("/api/v1/triage", answers).json();
        return new Runner(created.get("token").asString(), created.get("manageKey").asString());
    }

    private Http.Response read(Board board) {
        return http.get("/api/v1/boards/" + board.boardKey());
    }

    private record Board(String boardKey, String joinCode) {
    }

    /** A result and its manage key, which may be wrong; {@code null} sends none. */
    private final class Runner {

        private final String token;

        private final String manageKey;

        Runner(String token, String manageKey) {
            this.token = token;
            this.manageKey = manageKey;
        }

        String token() {
            return token;
        }

        String manageKey() {
            return manageKey;
        }

        Http.Response join(String joinCode) {
            return send("POST", "/boards", "{\"joinCode\": \"" + joinCode + "\"}");
        }

        Http.Response list() {
            return send("GET", "/boards", null);
        }

        Http.Response leave(String boardId) {
            return send("DELETE", "/boards?board=" + boardId, null);
        }

        void start(String activities) {
            Http.Response started = send("POST", "/programme",
                    "{\"baselinePain\": 0, \"days\": [\"MONDAY\", \"WEDNESDAY\", \"FRIDAY\"], \"activities\": "
                            + activities + "}");
            assertThat(started.status()).as(started.body()).isEqualTo(201);
        }

        void run(int painDuring) {
            Http.Response logged = send("POST", "/sessions",
                    "{\"date\": \"" + today() + "\", \"walkMinutes\": 0, \"runMinutes\": 20, \"painDuring\": "
                            + painDuring + ", \"newRedFlags\": []}");
            assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        }

        private Http.Response send(String method, String path, String body) {
            String url = "/api/v1/results/" + token + path;
            return manageKey == null ? http.send(method, url, body)
                    : http.send(method, url, body, "X-Manage-Key", manageKey);
        }

    }

}
