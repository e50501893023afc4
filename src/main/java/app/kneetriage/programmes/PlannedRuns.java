package app.kneetriage.programmes;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The runs a programme plans from today to the end of next week, on the runner's
 * weekdays: first the sessions the current week still needs, then the next week's, which
 * hold only if the pain rule does. A week the rule gives a least number of days opens the
 * next one only when they have passed, and a day holds one run at most.
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
        int minDays = view.rule().minDaysPerWeek();
        LocalDate weekOpened = firstRunOfThisWeek(view);
        List<PlannedRun> planned = new ArrayList<>();
        for (LocalDate day = ranToday ? today.plusDays(1) : today; !day.isAfter(end); day = day.plusDays(1)) {
            if (!view.data().days().contains(day.getDayOfWeek())) {
                continue;
            }
            if (left == 0) {
                if (weekOpened != null && day.isBefore(weekOpened.plusDays(minDays))) {
                    continue;
                }
                // The table's last row repeats: the runner stays there.
                week = Math.min(week + 1, view.table().size());
                left = view.step(week).sessionsOr(view.rule());
                weekOpened = null;
            }
            if (weekOpened == null) {
                weekOpened = day;
            }
            planned.add(new PlannedRun(day, week));
            left--;
        }
        return planned;
    }

    /** The date of the first run logged in the week under way, or null before it. */
    private static LocalDate firstRunOfThisWeek(ProgrammeView view) {
        if (view.state().sessionsThisWeek() == 0) {
            return null;
        }
        LocalDate first = null;
        for (int i = view.entries().size() - 1; i >= 0 && view.entries().get(i).week() == view.state().week(); i--) {
            first = view.entries().get(i).session().date();
        }
        return first;
    }

}
