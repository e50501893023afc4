package app.kneetriage.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import app.kneetriage.programmes.ProgrammeData;
import app.kneetriage.programmes.ProgrammeView;
import app.kneetriage.rules.ProgrammeState;
import app.kneetriage.rules.RedFlag;
import org.springframework.context.MessageSource;

/**
 * A return to running as the API returns it: where the runner stands, the latest
 * decision's reason in plain words, and every session.
 */
record ProgrammeDocument(int week, ProgrammeState.Status status, String reason, int sessionsThisWeek,
        int sessionsNeeded, int baselinePain, List<SessionDocument> sessions) {

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
                view.data().sessions().stream().map(SessionDocument::of).toList());
    }

}
