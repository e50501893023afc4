package app.kneetriage.results;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The runs a programme plans from today to the end of next week, on the runner's
 * weekdays: first the sessions the current week still needs, then the next week's, which
 * hold only if the pain rule does.
 */
final class PlannedRuns {

    /** One planned run and the week of the table it belongs to. */
    record PlannedRun(LocalDate date, int week) {
    }

    private PlannedRuns() {
    }

    static List<PlannedRun> from(ProgrammeView view, LocalDate today) {
        if (view.stopped()) {
            return List.of();
        }
        boolean ranToday = view.entries().stream().anyMatch(e -> e.session().date().equals(today));
        LocalDate end = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)).plusWeeks(1);
        int week = view.state().week();
        // While a week waits for next-morning pains it may hold more runs than it needs.
        int left = Math.max(0, view.state().sessionsNeeded() - view.state().sessionsThisWeek());
        List<PlannedRun> planned = new ArrayList<>();
        for (LocalDate day = ranToday ? today.plusDays(1) : today; !day.isAfter(end); day = day.plusDays(1)) {
            if (!view.data().days().contains(day.getDayOfWeek())) {
                continue;
            }
            if (left == 0) {
                // The table's last row repeats: the runner stays there.
                week = Math.min(week + 1, view.table().size());
                left = view.step(week).sessionsOr(view.rule());
            }
            planned.add(new PlannedRun(day, week));
            left--;
        }
        return planned;
    }

}
