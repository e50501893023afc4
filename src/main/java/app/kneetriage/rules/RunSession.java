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
 */
public record RunSession(LocalDate date, int painDuring, Integer painNextMorning, Set<RedFlag> newWarningSigns) {

    public RunSession {
        if (date == null) {
            throw new IllegalArgumentException("a session needs a date");
        }
        newWarningSigns = newWarningSigns == null ? Set.of() : Set.copyOf(newWarningSigns);
    }

}
