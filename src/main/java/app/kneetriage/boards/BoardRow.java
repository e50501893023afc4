package app.kneetriage.boards;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Set;

import app.kneetriage.programmes.ProgrammeView;
import app.kneetriage.results.SharedLookup;
import app.kneetriage.results.StoredResult;
import app.kneetriage.rules.Outcome;
import app.kneetriage.rules.RankedCause;
import app.kneetriage.rules.RunningAdvice;
import app.kneetriage.rules.Urgency;

/**
 * One runner on a board, as the share link shows them.
 *
 * @param nickname {@code null} when the runner gave none
 * @param running {@code null} when the result gives no running answer
 * @param topCause {@code null} when no cause fits
 * @param linkEndsAt when the share link stops working; {@code null} for when turned off
 * @param tracker {@code null} when the runner tracks no return to running
 */
public record BoardRow(String token, String nickname, Instant checkedAt, Urgency urgency, RunningAdvice running,
        RankedCause topCause, Instant linkEndsAt, TrackerColumns tracker, Set<BoardFlag> flags) {

    /**
     * Most in need of attention first: urgent or stopped for a new warning sign; then a
     * professional to see; then stepped back or pain rising; then gone quiet or the link
     * ending; then the rest. Within each, no running (stop or pause) before running less,
     * then the oldest check.
     */
    static final Comparator<BoardRow> MOST_IN_NEED_FIRST = Comparator.comparingInt(BoardRow::attention)
        .thenComparingInt(BoardRow::runningRank)
        .thenComparing(BoardRow::checkedAt);

    public BoardRow {
        flags = Set.copyOf(flags);
    }

    /**
     * @param shared a share link's lookup that found the result still shared
     */
    static BoardRow of(SharedLookup shared, ProgrammeView programme, Clock clock) {
        StoredResult result = shared.result();
        Outcome outcome = result.outcome();
        return new BoardRow(result.token(), result.nickname(), result.createdAt(), outcome.urgency(),
                outcome.plan().running() == null ? null : outcome.plan().running().advice(),
                outcome.causes().isEmpty() ? null : outcome.causes().get(0), shared.expiresAt(),
                programme == null ? null : TrackerColumns.of(programme),
                BoardFlag.of(programme, shared.expiresAt(), clock));
    }

    private int attention() {
        if (urgency == Urgency.URGENT || flags.contains(BoardFlag.STOPPED)) {
            return 0;
        }
        if (urgency == Urgency.SEE_PROFESSIONAL) {
            return 1;
        }
        if (flags.contains(BoardFlag.STEPPED_BACK) || flags.contains(BoardFlag.PAIN_RISING)) {
            return 2;
        }
        return flags.isEmpty() ? 4 : 3;
    }

    private int runningRank() {
        if (running == null) {
            return 0;
        }
        return switch (running) {
            case STOP -> 0;
            case PAUSE -> 1;
            case REDUCE -> 2;
        };
    }

}
