package app.kneetriage.boards;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import app.kneetriage.programmes.ProgrammeData.LoggedSession;
import app.kneetriage.programmes.ProgrammeView;
import app.kneetriage.rules.ProgrammeState;

/**
 * What a coach should notice about a runner on the board, from what the share link shows.
 */
public enum BoardFlag {

    /** The return to running stopped for a new warning sign. */
    STOPPED,

    /** The latest decision stepped the runner back, with a run in the last 7 days. */
    STEPPED_BACK,

    /**
     * The latest run's worst pain is 2 or more above the run before, or the worst pain
     * rose over each of the last three runs: the pain creeps up, which the tracker's rule
     * forbids week on week (contract v3). Two points is the smallest change of a 0-10
     * pain score that patients feel.
     */
    PAIN_RISING,

    /** A return to running under way, with no run logged for 7 days or more. */
    NO_RECENT_RUN,

    /** The share link stops working within 7 days. */
    LINK_ENDING;

    static final int QUIET_DAYS = 7;

    static final int LINK_WARNING_DAYS = 7;

    static final int FELT_PAIN_CHANGE = 2;

    /**
     * @param programme {@code null} when the runner tracks no return to running
     * @param linkEnds {@code null} when the link works until turned off
     */
    static Set<BoardFlag> of(ProgrammeView programme, Instant linkEnds, Clock clock) {
        Set<BoardFlag> flags = EnumSet.noneOf(BoardFlag.class);
        LocalDate today = LocalDate.now(clock);
        if (programme != null) {
            List<LoggedSession> runs = programme.entries().stream().map(ProgrammeView.Entry::session).toList();
            // Before the first run, the quiet days count from the start.
            LocalDate lastActivity = runs.isEmpty() ? LocalDate.ofInstant(programme.data().startedAt(), clock.getZone())
                    : runs.get(runs.size() - 1).date();
            ProgrammeState.Status status = programme.state().status();
            if (status == ProgrammeState.Status.STOPPED) {
                flags.add(STOPPED);
            }
            if (status == ProgrammeState.Status.STEPPED_BACK && daysBetween(lastActivity, today) < QUIET_DAYS) {
                flags.add(STEPPED_BACK);
            }
            if (painRising(runs)) {
                flags.add(PAIN_RISING);
            }
            if (status != ProgrammeState.Status.STOPPED && daysBetween(lastActivity, today) >= QUIET_DAYS) {
                flags.add(NO_RECENT_RUN);
            }
        }
        if (linkEnds != null && linkEnds.isBefore(clock.instant().plus(Duration.ofDays(LINK_WARNING_DAYS)))) {
            flags.add(LINK_ENDING);
        }
        return flags;
    }

    /** The flags in the order the board lists them. */
    static List<BoardFlag> inOrder(Set<BoardFlag> flags) {
        return Arrays.stream(values()).filter(flags::contains).toList();
    }

    /**
     * @param runs in date order
     */
    static boolean painRising(List<LoggedSession> runs) {
        int n = runs.size();
        if (n < 2) {
            return false;
        }
        int last = worstPain(runs.get(n - 1));
        int before = worstPain(runs.get(n - 2));
        return last - before >= FELT_PAIN_CHANGE || (n >= 3 && before > worstPain(runs.get(n - 3)) && last > before);
    }

    /**
     * The highest pain the run brought: during, within the hour after, or next morning.
     */
    static int worstPain(LoggedSession run) {
        return Stream.of(run.painDuring(), run.painAfter(), run.painNextMorning())
            .filter(pain -> pain != null)
            .mapToInt(Integer::intValue)
            .max()
            .orElse(0);
    }

    private static long daysBetween(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

}
