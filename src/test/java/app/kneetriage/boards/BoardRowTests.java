package app.kneetriage.boards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.kneetriage.programmes.ProgrammeData.LoggedSession;
import app.kneetriage.rules.RunningAdvice;
import app.kneetriage.rules.Urgency;
import org.junit.jupiter.api.Test;

/** The order of a board, and what raises a flag: who needs the coach's attention most. */
class BoardRowTests {

    private static final Instant MONDAY = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void urgentFirstThenAProfessionalThenNoRunningBeforeRunningLessThenTheOldestCheck() {
        BoardRow reduceOld = row("reduce-old", Urgency.SELF_CARE, RunningAdvice.REDUCE, 0);
        BoardRow reduceNew = row("reduce-new", Urgency.SELF_CARE, RunningAdvice.REDUCE, 3);
        BoardRow pause = row("pause", Urgency.SELF_CARE, RunningAdvice.PAUSE, 5);
        BoardRow stop = row("stop", Urgency.SELF_CARE, RunningAdvice.STOP, 6);
        BoardRow professional = row("professional", Urgency.SEE_PROFESSIONAL, RunningAdvice.REDUCE, 4);
        BoardRow urgent = row("urgent", Urgency.URGENT, null, 7);
        List<BoardRow> rows = new ArrayList<>(List.of(reduceNew, pause, reduceOld, urgent, stop, professional));

        rows.sort(BoardRow.MOST_IN_NEED_FIRST);

        assertThat(rows).extracting(BoardRow::token)
            .containsExactly("urgent", "professional", "stop", "pause", "reduce-old", "reduce-new");
    }

    @Test
    void aStopForAWarningSignRanksWithUrgentAndAStepBackOrRisingPainBeforeQuietRunners() {
        BoardRow quiet = row("quiet", Urgency.SELF_CARE, RunningAdvice.PAUSE, 0, BoardFlag.NO_RECENT_RUN);
        BoardRow ending = row("ending", Urgency.SELF_CARE, RunningAdvice.REDUCE, 1, BoardFlag.LINK_ENDING);
        BoardRow rising = row("rising", Urgency.SELF_CARE, RunningAdvice.REDUCE, 2, BoardFlag.PAIN_RISING);
        BoardRow steppedBack = row("stepped-back", Urgency.SELF_CARE, RunningAdvice.REDUCE, 3, BoardFlag.STEPPED_BACK);
        BoardRow professional = row("professional", Urgency.SEE_PROFESSIONAL, RunningAdvice.REDUCE, 0);
        BoardRow stopped = row("stopped", Urgency.SELF_CARE, RunningAdvice.REDUCE, 5, BoardFlag.STOPPED);
        BoardRow urgent = row("urgent", Urgency.URGENT, RunningAdvice.STOP, 6);
        BoardRow fine = row("fine", Urgency.SELF_CARE, RunningAdvice.PAUSE, 0);
        List<BoardRow> rows = new ArrayList<>(
                List.of(fine, quiet, ending, rising, steppedBack, professional, urgent, stopped));

        rows.sort(BoardRow.MOST_IN_NEED_FIRST);

        assertThat(rows).extracting(BoardRow::token)
            .containsExactly("urgent", "stopped", "professional", "rising", "stepped-back", "quiet", "ending", "fine");
    }

    @Test
    void painRisesByTwoPointsSinceTheRunBeforeOrOverEachOfTheLastThreeRuns() {
        assertThat(BoardFlag.painRising(List.of(run(3, null, null)))).as("one run").isFalse();
        assertThat(BoardFlag.painRising(List.of(run(2, null, null), run(4, null, null)))).isTrue();
        assertThat(BoardFlag.painRising(List.of(run(2, null, null), run(3, null, null)))).as("one point").isFalse();
        assertThat(BoardFlag.painRising(List.of(run(1, null, null), run(2, null, null), run(3, null, null))))
            .as("creeping up")
            .isTrue();
        assertThat(BoardFlag.painRising(List.of(run(3, null, null), run(2, null, null), run(3, null, null))))
            .as("back to where it was")
            .isFalse();
        assertThat(BoardFlag.painRising(List.of(run(2, null, 1), run(1, 2, 4)))).as("the next morning counts").isTrue();
    }

    @Test
    void theLinkEndingFlagShowsForTheLastSevenDaysOfTheLink() {
        Clock now = Clock.fixed(MONDAY, ZoneOffset.UTC);

        assertThat(BoardFlag.of(null, MONDAY.plus(Duration.ofDays(6)), now)).containsExactly(BoardFlag.LINK_ENDING);
        assertThat(BoardFlag.of(null, MONDAY.plus(Duration.ofDays(8)), now)).isEmpty();
        assertThat(BoardFlag.of(null, null, now)).as("until turned off").isEmpty();
    }

    private static LoggedSession run(int during, Integer after, Integer nextMorning) {
        return new LoggedSession("s", LocalDate.of(2026, 11, 30), 0, 20, during, nextMorning, null, Set.of(), after);
    }

    private static BoardRow row(String token, Urgency urgency, RunningAdvice running, int days, BoardFlag... flags) {
        return new BoardRow(token, null, MONDAY.plusSeconds(days * 86_400L), urgency, running, null, null, null,
                Set.of(flags));
    }

}
