package app.kneetriage.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import app.kneetriage.programmes.PlannedRuns.PlannedRun;
import app.kneetriage.rules.PainMonitoringRule;
import app.kneetriage.rules.ProgrammeState.Reason;
import app.kneetriage.rules.ProgrammeState.Status;
import app.kneetriage.rules.ProgrammeState;
import app.kneetriage.rules.ReturnStep;
import org.junit.jupiter.api.Test;

class PlannedRunsTests {

    /** A Wednesday. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    static final List<DayOfWeek> MON_WED_FRI = List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);

    @Test
    void theRestOfThisWeeksRunsComeFirstThenTheNextWeeksUpToNextSunday() {
        ProgrammeView view = view(1, 1, List.of(session(TODAY.minusDays(2))), Status.ON_TRACK);

        assertThat(PlannedRuns.from(view, TODAY)).containsExactly(new PlannedRun(TODAY, 1),
                new PlannedRun(TODAY.plusDays(2), 1), new PlannedRun(TODAY.plusDays(5), 2),
                new PlannedRun(TODAY.plusDays(7), 2), new PlannedRun(TODAY.plusDays(9), 2));
    }

    @Test
    void aRunAlreadyLoggedTodayIsNotPlannedAgain() {
        ProgrammeView view = view(2, 1, List.of(session(TODAY)), Status.ON_TRACK);

        assertThat(PlannedRuns.from(view, TODAY)).first().isEqualTo(new PlannedRun(TODAY.plusDays(2), 2));
    }

    @Test
    void eachWeekTakesItsOwnRunsAndTheLastRowRepeats() {
        ProgrammeData data = new ProgrammeData(Instant.parse("2026-11-10T08:00:00Z"), 1, List.of(DayOfWeek.values()),
                List.of(), List.of(), List.of());
        ProgrammeView view = new ProgrammeView(data,
                new ProgrammeState(1, Status.ON_TRACK, new Reason("STARTED", List.of(1)), 0, 1), List.of(),
                List.of(new ReturnStep(1, "Walk-run.", 1, 16, 8), new ReturnStep(2, "Longer spells.", 4, 12, 12)),
                PainMonitoringRule.DEFAULT);

        assertThat(PlannedRuns.from(view, TODAY)).extracting(PlannedRun::week)
            .containsExactly(1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2);
    }

    @Test
    void aWeekWaitingForMorningsWithMoreRunsThanItNeedsPlansTheNextWeek() {
        ProgrammeView view = view(1, 4, List.of(session(TODAY.minusDays(1))), Status.ON_TRACK);

        assertThat(PlannedRuns.from(view, TODAY)).first().isEqualTo(new PlannedRun(TODAY, 2));
    }

    @Test
    void aStoppedProgrammePlansNothing() {
        ProgrammeView view = view(1, 0, List.of(session(TODAY.minusDays(1))), Status.STOPPED);

        assertThat(PlannedRuns.from(view, TODAY)).isEmpty();
    }

    private static ProgrammeView view(int week, int done, List<ProgrammeData.LoggedSession> sessions, Status status) {
        ProgrammeData data = new ProgrammeData(Instant.parse("2026-11-10T08:00:00Z"), 1, MON_WED_FRI, sessions,
                List.of(), List.of());
        ProgrammeState state = new ProgrammeState(week, status, new Reason("KEEP_GOING", List.of(done, 3)), done, 3);
        return new ProgrammeView(data, state, sessions.stream().map(s -> new ProgrammeView.Entry(s, week)).toList(),
                List.of(new ReturnStep(1, "Walk-run."), new ReturnStep(2, "Longer running spells.")),
                PainMonitoringRule.DEFAULT);
    }

    private static ProgrammeData.LoggedSession session(LocalDate date) {
        return new ProgrammeData.LoggedSession("s-" + date, date, 20, 10, 2, 1, null, Set.of(), null);
    }

}
