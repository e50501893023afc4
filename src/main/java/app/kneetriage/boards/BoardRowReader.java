package app.kneetriage.boards;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import app.kneetriage.programmes.Programmes;
import app.kneetriage.results.ResultService;
import app.kneetriage.results.SharedLookup;
import org.springframework.stereotype.Component;

/**
 * Reads a board's rows: each runner's share token opened with the board key, then their
 * result and return to running as the share link shows them, most in need first.
 * <p>
 * Not one transaction (nor may a caller's be): each runner's result and programme are
 * looked up in read-only transactions of their own, so their entities are let go before
 * the next runner. In one persistence context, 200 results stayed in memory for the whole
 * page (each with a copy for dirty checking), and every lookup first checked all earlier
 * ones for changes (bench/board.sh).
 */
@Component
class BoardRowReader {

    private final BoardMembershipRepository memberships;

    private final BoardSecrets secrets;

    private final ResultService results;

    private final Programmes programmes;

    private final Clock clock;

    BoardRowReader(BoardMembershipRepository memberships, BoardSecrets secrets, ResultService results,
            Programmes programmes, Clock clock) {
        this.memberships = memberships;
        this.secrets = secrets;
        this.results = results;
        this.programmes = programmes;
        this.clock = clock;
    }

    /**
     * A runner whose result is gone for good (purged, and its deleted link forgotten)
     * leaves the board here, since only the board key finds which result a row was.
     */
    List<BoardRow> rows(CoachBoard board, String boardKey) {
        BoardSecrets.Opener opener = secrets.opener(board, boardKey);
        // Side by side, on the cores the machine has: each lookup is a read-only
        // transaction of its own, and opening a sealed result is mostly CPU.
        List<Looked> looked = memberships.findByBoardIdOrderByJoinedAt(board.getId())
            .parallelStream()
            .map(membership -> look(membership, opener))
            .toList();
        List<BoardRow> rows = new ArrayList<>();
        for (Looked found : looked) {
            switch (found.found()) {
                case SHARED -> rows.add(found.row());
                case NOT_FOUND -> memberships.delete(found.membership());
                case GONE -> {
                    // expired: hidden until the runner extends the link
                }
            }
        }
        rows.sort(BoardRow.MOST_IN_NEED_FIRST);
        return rows;
    }

    /** Keeps the row only, so the result it came from can go at once. */
    private Looked look(BoardMembership membership, BoardSecrets.Opener opener) {
        SharedLookup lookup = results.findShared(opener.token(membership));
        BoardRow row = lookup.found() != SharedLookup.Found.SHARED ? null
                : BoardRow.of(lookup, programmes.forCoach(lookup).orElse(null), clock);
        return new Looked(membership, lookup.found(), row);
    }

    /** A membership, what its share link found and, if shared, its row. */
    private record Looked(BoardMembership membership, SharedLookup.Found found, BoardRow row) {
    }

}
