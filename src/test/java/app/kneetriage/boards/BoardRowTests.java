package app.kneetriage.boards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import app.kneetriage.rules.RunningAdvice;
import app.kneetriage.rules.Urgency;
import org.junit.jupiter.api.Test;

/** The order of a board: who needs the coach's attention most comes first. */
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

    private static BoardRow row(String token, Urgency urgency, RunningAdvice running, int days) {
        return new BoardRow(token, null, MONDAY.plusSeconds(days * 86_400L), urgency, running, null);
    }

}
