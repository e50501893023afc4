package app.kneetriage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.kneetriage.rules.ProgrammeState.Reason;
import app.kneetriage.rules.ProgrammeState.Status;
import org.junit.jupiter.api.Test;

/**
 * The pain-monitoring rule of contract version 3, replayed over logged sessions: one
 * counted run a day, weeks of at least seven days, pain after a run, no creeping pain, no
 * credit for a run far longer than planned, and the start week of a reduced runner.
 */
class ReturnToRunProgressVersion3Tests {

    private static final PainMonitoringRule RULE = PainMonitoringRule.VERSION_3;

    /**
     * The seeded table's planned running minutes: 8, 12, 25, 28, then no fixed session.
     */
    private static final List<ReturnStep> TABLE = List.of(new ReturnStep(1, "Walk-run 2 + 1", 3, 16, 8),
            new ReturnStep(2, "Walk-run 2 + 2", 3, 12, 12), new ReturnStep(3, "Continuous easy", 3, 0, 25),
            new ReturnStep(4, "Add 10-15%", 3, 0, 28), new ReturnStep(5, "Faster and longer", 3, null, null));

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    private final List<RunSession> sessions = new ArrayList<>();

    @Test
    void twoRunsOnOneDayCountOnceButTheSecondsPainStillCounts() {
        run(0, 2, 1);
        run(0, 2, 1);

        assertThat(state(1, MONDAY.plusDays(1)))
            .isEqualTo(new ProgrammeState(1, Status.ON_TRACK, new Reason("SAME_DAY", List.of(1, 3)), 1, 3));

        run(1, 3, 1);
        run(1, 6, null);
        assertThat(state(1, MONDAY.plusDays(1)).status()).as("a second run's pain above 5 still steps back")
            .isEqualTo(Status.STEPPED_BACK);
    }

    @Test
    void aWeekIsCompleteOnlySevenDaysAfterItsFirstCountedRun() {
        run(0, 2, 1);
        run(2, 2, 1);
        run(4, 2, 1);

        assertThat(state(1, MONDAY.plusDays(5))).isEqualTo(new ProgrammeState(1, Status.ON_TRACK,
                new Reason("WEEK_NOT_OVER", List.of(3, MONDAY.plusDays(7))), 3, 3));
        assertThat(state(1, MONDAY.plusDays(6)).week()).isEqualTo(1);
        assertThat(state(1, MONDAY.plusDays(7)))
            .isEqualTo(new ProgrammeState(2, Status.MOVED_UP, new Reason("MOVED_UP", List.of(2)), 0, 3));
    }

    @Test
    void theNextRunAfterTheSeventhDayClosesTheWeekFirstAndOpensTheNext() {
        run(0, 2, 1);
        run(2, 2, 1);
        run(4, 2, 1);
        run(8, 2, null);

        ProgrammeState state = state(1, MONDAY.plusDays(8));
        assertThat(state.week()).isEqualTo(2);
        assertThat(state.sessionsThisWeek()).isEqualTo(1);
        assertThat(state.reason().code()).isEqualTo("AWAITING_TOMORROW");
    }

    @Test
    void aCreepOfOneTwoThreeOverThreeWeeksStepsBack() {
        week(0, 1);
        week(7, 2);
        assertThat(state(1, MONDAY.plusDays(14)).week()).as("one rise is not yet a creep").isEqualTo(3);

        week(14, 3);

        assertThat(state(1, MONDAY.plusDays(21)))
            .isEqualTo(new ProgrammeState(2, Status.STEPPED_BACK, new Reason("CREEP", List.of(3, 2, 2)), 0, 3));
    }

    @Test
    void theVersionTwoRuleLetsTheSameCreepMoveUp() {
        week(0, 1);
        week(7, 2);
        week(14, 3);

        ProgrammeState state = ReturnToRunProgress
            .replay(PainMonitoringRule.DEFAULT, 0, TABLE, sessions, 1, MONDAY.plusDays(21))
            .state();
        assertThat(state.week()).isEqualTo(4);
    }

    @Test
    void painAfterARunAboveTheLimitStepsBack() {
        sessions.add(new RunSession(MONDAY, 2, 1, Set.of(), 6, 8));

        assertThat(state(2, MONDAY.plusDays(1)))
            .isEqualTo(new ProgrammeState(1, Status.STEPPED_BACK, new Reason("PAIN_AFTER", List.of(6, 5, 1)), 0, 3));
    }

    @Test
    void aRunFarLongerThanPlannedDoesNotCountTowardsMovingUp() {
        sessions.add(new RunSession(MONDAY, 2, 1, Set.of(), 2, 45));

        ProgrammeState state = state(1, MONDAY.plusDays(1));
        assertThat(state.reason()).as("45 minutes of running where week 1 plans 24")
            .isEqualTo(new Reason("OVERRUN", List.of(45, 1, 24)));
        assertThat(state.sessionsThisWeek()).isZero();
        sessions.clear();
        sessions.add(new RunSession(MONDAY, 2, 1, Set.of(), 2, 36));
        assertThat(state(1, MONDAY.plusDays(1)).sessionsThisWeek()).as("1.5 times the plan still counts").isEqualTo(1);
    }

    @Test
    void aReducedRunnerStartsAtTheWeekGivenAndARunLoggedTodayWaitsForTheMorning() {
        assertThat(state(3, MONDAY))
            .isEqualTo(new ProgrammeState(3, Status.ON_TRACK, new Reason("STARTED", List.of(3)), 0, 3));

        run(0, 2, null);

        assertThat(state(3, MONDAY).reason()).isEqualTo(new Reason("AWAITING_TOMORROW", List.of(1, 3)));
        assertThat(state(3, MONDAY.plusDays(1)).reason()).isEqualTo(new Reason("KEEP_GOING", List.of(1, 3)));
    }

    /**
     * Three runs two days apart, each settled by the next morning, starting on day
     * {@code from}.
     */
    private void week(int from, int pain) {
        run(from, pain, 1);
        run(from + 2, pain, 1);
        run(from + 4, pain, 1);
    }

    private void run(int day, int painDuring, Integer painNextMorning) {
        sessions.add(new RunSession(MONDAY.plusDays(day), painDuring, painNextMorning, Set.of(), null, 10));
    }

    private ProgrammeState state(int startWeek, LocalDate today) {
        return ReturnToRunProgress.replay(RULE, 0, TABLE, sessions, startWeek, today).state();
    }

}
