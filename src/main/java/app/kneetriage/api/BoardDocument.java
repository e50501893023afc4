package app.kneetriage.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import app.kneetriage.boards.BoardFlag;
import app.kneetriage.boards.BoardRow;
import app.kneetriage.boards.Boards;
import app.kneetriage.boards.OpenBoard;
import app.kneetriage.boards.TrackerColumns;
import app.kneetriage.programmes.ProgrammeData;
import app.kneetriage.programmes.PsfsProgress;
import app.kneetriage.rules.Fit;
import app.kneetriage.rules.ProgrammeState;
import app.kneetriage.rules.RankedCause;
import app.kneetriage.rules.RunningAdvice;
import app.kneetriage.rules.Urgency;

/**
 * A coach's board as the API returns it: the rows the board page shows, in its order
 * (most in need first), each with no more than the runner's share link shows.
 *
 * @param runners how many rows there are: runners whose share link works
 */
record BoardDocument(String boardName, String joinCode, int runners, int maxRunners, List<BoardRowDocument> rows) {

    static BoardDocument of(OpenBoard board) {
        List<BoardRowDocument> rows = board.rows().stream().map(BoardRowDocument::of).toList();
        return new BoardDocument(board.name(), board.joinCode(), rows.size(), Boards.MAX_RUNNERS, rows);
    }

    /**
     * @param nickname {@code null} when the runner gave none
     * @param checkedAt when the result was made
     * @param running {@code null} for results made before the running advice existed
     * @param topCause {@code null} when no cause fits
     * @param linkEndsAt {@code null} for a share link that works until turned off
     * @param tracker {@code null} when the runner tracks no return to running
     * @param flags in the order of {@link BoardFlag}
     */
    record BoardRowDocument(String token, String nickname, Instant checkedAt, Urgency urgency, RunningAdvice running,
            TopCauseDocument topCause, Instant linkEndsAt, TrackerDocument tracker, List<BoardFlag> flags) {

        static BoardRowDocument of(BoardRow row) {
            return new BoardRowDocument(row.token(), row.nickname(), row.checkedAt(), row.urgency(), row.running(),
                    TopCauseDocument.of(row.topCause()), row.linkEndsAt(), TrackerDocument.of(row.tracker()),
                    row.flags().stream().sorted().toList());
        }

    }

    record TopCauseDocument(String code, String name, Fit fit) {

        static TopCauseDocument of(RankedCause cause) {
            return cause == null ? null : new TopCauseDocument(cause.code(), cause.name(), cause.fit());
        }

    }

    /**
     * @param decision the latest decision of the return to running
     * @param lastRun {@code null} before the first run
     * @param psfs {@code null} for a programme started without activities
     */
    record TrackerDocument(int week, ProgrammeState.Status decision, LastRunDocument lastRun,
            PsfsSummaryDocument psfs) {

        static TrackerDocument of(TrackerColumns tracker) {
            return tracker == null ? null : new TrackerDocument(tracker.week(), tracker.decision(),
                    LastRunDocument.of(tracker.lastRun()), PsfsSummaryDocument.of(tracker.psfs()));
        }

    }

    /**
     * @param painAfter {@code null} when not given
     * @param painNextMorning {@code null} until given
     */
    record LastRunDocument(LocalDate date, int walkMinutes, int runMinutes, int painDuring, Integer painAfter,
            Integer painNextMorning) {

        static LastRunDocument of(ProgrammeData.LoggedSession run) {
            return run == null ? null : new LastRunDocument(run.date(), run.walkMinutes(), run.runMinutes(),
                    run.painDuring(), run.painAfter(), run.painNextMorning());
        }

    }

    /**
     * @param verdict whether the average moved by the 2 points that count as real
     */
    record PsfsSummaryDocument(double startAverage, double nowAverage, PsfsProgress.Verdict verdict) {

        static PsfsSummaryDocument of(PsfsProgress psfs) {
            return psfs == null ? null
                    : new PsfsSummaryDocument(psfs.startAverage(), psfs.nowAverage(), psfs.verdict());
        }

    }

}
