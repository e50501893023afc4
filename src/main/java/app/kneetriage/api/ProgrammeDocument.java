package app.kneetriage.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import app.kneetriage.programmes.GlobalChange;
import app.kneetriage.programmes.ProgrammeData;
import app.kneetriage.programmes.ProgrammeView;
import app.kneetriage.programmes.PsfsProgress;
import app.kneetriage.rules.ProgrammeState;
import app.kneetriage.rules.RedFlag;
import org.springframework.context.MessageSource;

/**
 * A return to running as the API returns it: where the runner stands, the latest
 * decision's reason in plain words, every session, and the function ratings (PSFS).
 *
 * @param psfs {@code null} for a programme started without activities
 */
record ProgrammeDocument(int week, ProgrammeState.Status status, String reason, int sessionsThisWeek,
        int sessionsNeeded, int baselinePain, List<SessionDocument> sessions, PsfsDocument psfs) {

    /**
     * The activities, every rating with its mean, the mean at the start and now, whether
     * it moved by the 2 points that count as real, and the latest answer to "compared
     * with when you started".
     */
    record PsfsDocument(List<String> activities, List<RatingDocument> ratings, double startAverage, double nowAverage,
            PsfsProgress.Verdict change, GlobalChange latestGlobalChange) {

        static PsfsDocument of(PsfsProgress psfs) {
            return psfs == null ? null
                    : new PsfsDocument(psfs.activities(), psfs.ratings().stream().map(RatingDocument::of).toList(),
                            psfs.startAverage(), psfs.nowAverage(), psfs.verdict(), psfs.latestChange());
        }

    }

    /**
     * @param globalChange {@code null} for the rating given at the start
     */
    record RatingDocument(LocalDate date, int week, List<Integer> scores, double average, GlobalChange globalChange) {

        static RatingDocument of(ProgrammeData.FunctionRating rating) {
            return new RatingDocument(rating.date(), rating.week(), rating.scores(), rating.average(),
                    rating.globalChange());
        }

    }

    record SessionDocument(String id, LocalDate date, int walkMinutes, int runMinutes, int painDuring,
            Integer painNextMorning, String notes, Set<RedFlag> newRedFlags, Integer painAfter) {

        static SessionDocument of(ProgrammeData.LoggedSession session) {
            return new SessionDocument(session.id(), session.date(), session.walkMinutes(), session.runMinutes(),
                    session.painDuring(), session.painNextMorning(), session.notes(), session.newRedFlags(),
                    session.painAfter());
        }
    }

    /** As the runner reads it: "your run". */
    static ProgrammeDocument of(ProgrammeView view, MessageSource messages) {
        return of(view, messages, "programme.reason.");
    }

    /** As a coach with the share link reads it: "the run", "the runner". */
    static ProgrammeDocument forCoach(ProgrammeView view, MessageSource messages) {
        return of(view, messages, "programme.coachReason.");
    }

    private static ProgrammeDocument of(ProgrammeView view, MessageSource messages, String reasons) {
        ProgrammeState state = view.state();
        String reason = messages.getMessage(reasons + state.reason().code(), state.reason().args().toArray(),
                Locale.ENGLISH);
        return new ProgrammeDocument(state.week(), state.status(), reason, state.sessionsThisWeek(),
                state.sessionsNeeded(), view.data().baselinePain(),
                view.data().sessions().stream().map(SessionDocument::of).toList(), PsfsDocument.of(view.psfs()));
    }

}
