package app.kneetriage.boards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import app.kneetriage.results.ManagedResult;
import app.kneetriage.results.ResultService;
import app.kneetriage.rules.TestAnswers;
import app.kneetriage.support.AdminSession;
import app.kneetriage.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Boards below the pages: the limit of runners, the sealing of memberships, and the
 * retention of unused boards. Dates are moved into the past in the database, as if the
 * time had passed.
 */
@DatabaseTest
class BoardsTests {

    @LocalServerPort
    int port;

    @Autowired
    Boards boards;

    @Autowired
    BoardSecrets secrets;

    @Autowired
    ResultService results;

    @Autowired
    BoardMembershipRepository memberships;

    @Autowired
    BoardRetention retention;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBoardHoldsAtMostTwoHundredRunnersAndTheNextIsToldItIsFull() {
        NewBoard created = boards.create("Big group");
        CoachBoard board = boards.find(created.boardKey()).orElseThrow();
        for (int i = 0; i < Boards.MAX_RUNNERS - 1; i++) {
            memberships.save(new BoardMembership(board.getId(), "mac-" + i, new byte[] { 1 }, Instant.now()));
        }
        assertThat(boards.join(newResult(), created.joinCode())).isEqualTo(Joining.JOINED);

        String manageKey = results.create(TestAnswers.answers().build(), null).manageKey();
        AdminSession runner = new AdminSession(port);
        runner.get("/m/" + manageKey);
        HttpResponse<String> refused = runner.postForm("/m/" + manageKey + "/boards/join",
                Map.of("joinCode", created.joinCode()));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("joinCode-error").contains("at most 200 runners");
        assertThat(memberships.countByBoardId(board.getId())).isEqualTo(Boards.MAX_RUNNERS);
    }

    @Test
    void aMembershipHoldsTheTokenSealedSoOnlyItsOwnBoardKeyOpensIt() {
        NewBoard one = boards.create("One");
        NewBoard other = boards.create("Other");
        ManagedResult runner = newResult();
        boards.join(runner, one.joinCode());
        CoachBoard board = boards.find(one.boardKey()).orElseThrow();
        BoardMembership membership = memberships.findByBoardIdOrderByJoinedAt(board.getId()).get(0);

        assertThat(new String(membership.getSealedToken(), StandardCharsets.ISO_8859_1))
            .doesNotContain(runner.result().token());
        assertThat(membership.getTokenMac()).doesNotContain(runner.result().token());
        assertThat(secrets.opener(board, one.boardKey()).token(membership)).isEqualTo(runner.result().token());
        assertThatThrownBy(() -> secrets.opener(board, other.boardKey())).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aBoardUnusedForAYearIsPurgedWithItsRunnersAndOneInUseIsKept() {
        NewBoard unused = boards.create("Unused");
        NewBoard used = boards.create("Used");
        boards.join(newResult(), unused.joinCode());
        long unusedId = boards.find(unused.boardKey()).orElseThrow().getId();
        setLastUsed(unusedId, Instant.now().minus(BoardRetention.UNUSED_FOR).minus(Duration.ofDays(1)));

        retention.purge();

        assertThat(boards.find(unused.boardKey())).isEmpty();
        assertThat(memberships.countByBoardId(unusedId)).isZero();
        assertThat(boards.find(used.boardKey())).isPresent();
    }

    @Test
    void openingABoardRecordsItsUseAtMostOnceADay() {
        NewBoard created = boards.create("Visited");
        long id = boards.find(created.boardKey()).orElseThrow().getId();
        AdminSession coach = new AdminSession(port);

        Instant twoDaysAgo = Instant.now().minus(Duration.ofDays(2));
        setLastUsed(id, twoDaysAgo);
        coach.get("/b/" + created.boardKey());
        Instant afterStaleVisit = lastUsed(id);

        // Whole milliseconds, which every database keeps as they are.
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);
        setLastUsed(id, anHourAgo);
        coach.get("/b/" + created.boardKey());

        assertThat(afterStaleVisit).isAfter(twoDaysAgo.plus(Duration.ofDays(1)));
        assertThat(lastUsed(id)).isEqualTo(anHourAgo);
    }

    @Test
    void aRunnerWhoseResultWasPurgedLeavesTheBoardWhenTheBoardIsNextOpened() {
        NewBoard created = boards.create("Purged runner");
        long id = boards.find(created.boardKey()).orElseThrow().getId();
        ManagedResult purged = newResult();
        ManagedResult kept = newResult();
        boards.join(purged, created.joinCode());
        boards.join(kept, created.joinCode());
        // What the purge leaves once the deleted-result marker is gone: nothing.
        jdbc.update("DELETE FROM triage_result WHERE id = ?", purged.id());

        HttpResponse<String> page = new AdminSession(port).get("/b/" + created.boardKey());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/r/" + kept.result().token()).doesNotContain("/r/" + purged.result().token());
        assertThat(memberships.countByBoardId(id)).isEqualTo(1);
    }

    private ManagedResult newResult() {
        return results.findManaged(results.create(TestAnswers.answers().build(), null).manageKey()).orElseThrow();
    }

    private void setLastUsed(long boardId, Instant when) {
        jdbc.update("UPDATE coach_board SET last_used_at = ? WHERE id = ?", Timestamp.from(when), boardId);
    }

    private Instant lastUsed(long boardId) {
        return jdbc.queryForObject("SELECT last_used_at FROM coach_board WHERE id = ?", Timestamp.class, boardId)
            .toInstant();
    }

}
