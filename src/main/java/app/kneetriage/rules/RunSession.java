package app.kneetriage.rules;

import java.time.LocalDate;
import java.util.Set;

/**
 * One logged session of the return to running.
 *
 * @param painDuring the worst pain during the session, 0 to 10
 * @param painNextMorning the pain the next morning, or {@code null} until the runner says
 * @param newWarningSigns warning signs that appeared since the last session; any one
 * stops the programme
 * @param painAfter the worst pain within an hour after the run, or {@code null} when not
 * given
 * @param runMinutes the minutes of running, or {@code null} when not known
 */
public record RunSession(LocalDate date, int painDuring, Integer painNextMorning, Set<RedFlag> newWarningSigns,
        Integer painAfter, Integer runMinutes) {

    public RunSession {
        if (date == null) {
            throw new IllegalArgumentException("a session needs a date");
        }
        newWarningSigns = newWarningSigns == null ? Set.of() : Set.copyOf(newWarningSigns);
    }

    /** A session as version 2 logged it: no pain after, no minutes. */
    public RunSession(LocalDate date, int painDuring, Integer painNextMorning, Set<RedFlag> newWarningSigns) {
        this(date, painDuring, painNextMorning, newWarningSigns, null, null);
    }

    /** The worst pain the session reported, during or after. */
    int worstPain() {
        return painAfter == null ? painDuring : Math.max(painDuring, painAfter);
    }

}
