package app.kneetriage.boards;

import java.time.Instant;
import java.util.Comparator;

import app.kneetriage.rules.RankedCause;
import app.kneetriage.rules.RunningAdvice;
import app.kneetriage.rules.Urgency;

/**
 * One runner on a board, as the share link shows them.
 *
 * @param nickname {@code null} when the runner gave none
 * @param running {@code null} when the result gives no running answer
 * @param topCause {@code null} when no cause fits
 */
record BoardRow(String token, String nickname, Instant checkedAt, Urgency urgency, RunningAdvice running,
        RankedCause topCause) {

    /**
     * Most in need of attention first: urgent, then a professional to see, then no
     * running (stop or pause) before running less, then the oldest check.
     */
    static final Comparator<BoardRow> MOST_IN_NEED_FIRST = Comparator.comparingInt(BoardRow::urgencyRank)
        .thenComparingInt(BoardRow::runningRank)
        .thenComparing(BoardRow::checkedAt);

    private int urgencyRank() {
        return switch (urgency) {
            case URGENT -> 0;
            case SEE_PROFESSIONAL -> 1;
            default -> 2;
        };
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
