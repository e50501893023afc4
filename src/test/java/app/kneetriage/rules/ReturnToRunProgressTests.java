package app.kneetriage.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import app.kneetriage.rules.ProgrammeState.Reason;
import app.kneetriage.rules.ProgrammeState.Status;
import org.junit.jupiter.api.Test;

/** The pain-monitoring rule, replayed over logged sessions. */
class ReturnToRunProgressTests {

    private static final PainMonitoringRule RULE = PainMonitoringRule.DEFAULT;

    private static final int WEEKS = 5;

    private final List<RunSession> sessions = new ArrayList<>();

    private LocalDate day = LocalDate.of(2026, 11, 2);

    @Test
    void threeSessionsThatKeepTheRuleMoveUpToWeekTwo() {
        log(2, 1);
        log(2, 1);
        assertThat(state()).isEqualTo(new ProgrammeState(1, Status.ON_TRACK, reason("KEEP_GOING", 2, 3), 2, 3));

        log(2, 1);

        assertThat(state()).isEqualTo(new ProgrammeState(2, Status.MOVED_UP, reason("MOVED_UP", 2), 0, 3));
    }

    @Test
    void painDuringAboveTheLimitStepsBackAtOnceNamingBothNumbers() {
        goodWeek();
        log(7, null);

        assertThat(state()).isEqualTo(new ProgrammeState(1, Status.STEPPED_BACK, reason("PAIN_DURING", 7, 5, 1), 0, 3));
    }

    @Test
    void neverBelowWeekOne() {
        log(8, null);

        assertThat(state().week()).isEqualTo(1);
        assertThat(state().status()).isEqualTo(Status.STEPPED_BACK);
    }

    @Test
    void aNewWarningSignStopsTheProgramme() {
        goodWeek();
        sessions.add(new RunSession(nextDay(), 1, null, Set.of(RedFlag.SWELLING_OR_DEFORMITY)));
        log(1, 0);

        ProgrammeState state = state();
        assertThat(state.status()).isEqualTo(Status.STOPPED);
        assertThat(state.reason()).isEqualTo(reason("WARNING_SIGN", "SWELLING_OR_DEFORMITY"));
    }

    @Test
    void morningPainThatDoesNotSettleStepsBackUnlessItIsNoHigherThanTheBaseline() {
        goodWeek();
        log(3, 3);
        assertThat(state())
            .isEqualTo(new ProgrammeState(1, Status.STEPPED_BACK, reason("MORNING_PAIN", 3, 2, 0, 1), 0, 3));

        assertThat(ReturnToRunProgress.evaluate(RULE, 3, WEEKS, sessions).week())
            .as("3 the next morning is no worse than a baseline of 3")
            .isEqualTo(2);
    }

    @Test
    void aWeekIsCompleteOnlyOnceEveryNextMorningIsKnown() {
        log(2, 1);
        log(2, 1);
        log(2, null);
        assertThat(state()).isEqualTo(new ProgrammeState(1, Status.ON_TRACK, reason("AWAITING_MORNING", 1L), 3, 3));

        RunSession last = sessions.remove(2);
        sessions.add(new RunSession(last.date(), last.painDuring(), 0, Set.of()));

        assertThat(state().week()).isEqualTo(2);
    }

    @Test
    void aWeekWhosePainRoseTwoPointsStepsBack() {
        goodWeek();
        log(3, 1);
        log(3, 1);
        log(4, 1);

        assertThat(state()).isEqualTo(new ProgrammeState(1, Status.STEPPED_BACK, reason("WEEKLY_RISE", 4, 2, 1), 0, 3));
    }

    @Test
    void theLastWeekRepeats() {
        for (int week = 0; week < WEEKS + 1; week++) {
            goodWeek();
        }

        assertThat(state()).isEqualTo(new ProgrammeState(WEEKS, Status.ON_TRACK, reason("LAST_WEEK", WEEKS), 0, 3));
    }

    @Test
    void sessionsAreReplayedByDateWhateverTheOrderTheyCameIn() {
        goodWeek();
        log(7, null);
        List<RunSession> shuffled = new ArrayList<>(sessions);
        Collections.reverse(shuffled);

        assertThat(ReturnToRunProgress.evaluate(RULE, 0, WEEKS, shuffled)).isEqualTo(state());
    }

    @Test
    void theRuleIsDataAStricterOneStepsBackSooner() {
        log(4, 1);
        PainMonitoringRule strict = new PainMonitoringRule(3, 2, 2, 2);

        assertThat(ReturnToRunProgress.evaluate(strict, 0, WEEKS, sessions).reason())
            .isEqualTo(reason("PAIN_DURING", 4, 3, 1));
        assertThat(state().status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void aWeekThatPrescribesTwoRunsIsCompleteAfterTwoAndTheNextWeekKeepsItsOwnNumber() {
        List<ReturnStep> table = List.of(new ReturnStep(1, "Walk-run", 2, 16, 8), new ReturnStep(2, "Longer spells"),
                new ReturnStep(3, "Continuous", 4, 0, 25));
        log(2, 1);
        log(2, 1);

        ReturnToRunProgress.Replay replay = ReturnToRunProgress.replay(RULE, 0, table, sessions, 1, null);

        assertThat(replay.state()).isEqualTo(new ProgrammeState(2, Status.MOVED_UP, reason("MOVED_UP", 2), 0, 3));
        assertThat(replay.steps()).extracting(ReturnToRunProgress.Step::week).containsExactly(1, 1);
        goodWeek();
        assertThat(ReturnToRunProgress.replay(RULE, 0, table, sessions, 1, null).state())
            .isEqualTo(new ProgrammeState(3, Status.MOVED_UP, reason("MOVED_UP", 3), 0, 4));
    }

    @Test
    void aPlannedSessionNeedsBothItsMinutesAndARowItsRunsWithinAWeek() {
        assertThatThrownBy(() -> new ReturnStep(1, "Walk-run", 3, 16, null)).isInstanceOf(InvalidRuleException.class);
        assertThatThrownBy(() -> new ReturnStep(1, "Walk-run", 0, null, null)).isInstanceOf(InvalidRuleException.class);
        assertThatThrownBy(() -> new ReturnStep(1, "Walk-run", 3, 0, 0)).isInstanceOf(InvalidRuleException.class);
    }

    @Test
    void impossibleRulesAreRefused() {
        assertThatThrownBy(() -> new PainMonitoringRule(11, 2, 2, 3)).isInstanceOf(InvalidRuleException.class);
        assertThatThrownBy(() -> new PainMonitoringRule(5, -1, 2, 3)).isInstanceOf(InvalidRuleException.class);
        assertThatThrownBy(() -> new PainMonitoringRule(5, 2, 0, 3)).isInstanceOf(InvalidRuleException.class);
        assertThatThrownBy(() -> new PainMonitoringRule(5, 2, 2, 15)).isInstanceOf(InvalidRuleException.class);
    }

    private void goodWeek() {
        log(2, 1);
        log(2, 1);
        log(2, 1);
    }

    private void log(int painDuring, Integer painNextMorning) {
        sessions.add(new RunSession(nextDay(), painDuring, painNextMorning, Set.of()));
    }

    private LocalDate nextDay() {
        day = day.plusDays(2);
        return day;
    }

    private ProgrammeState state() {
        return ReturnToRunProgress.evaluate(RULE, 0, WEEKS, sessions);
    }

    private static Reason reason(String code, Object... args) {
        return new Reason(code, List.of(args));
    }

}
