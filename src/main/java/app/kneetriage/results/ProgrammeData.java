package app.kneetriage.results;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import app.kneetriage.rules.RedFlag;
import app.kneetriage.rules.RunSession;

/**
 * What a runner's return to running holds, sealed as one JSON document.
 *
 * @param baselinePain the pain at rest on the day it started, 0 to 10
 * @param days the weekdays the runner prefers to run
 */
public record ProgrammeData(Instant startedAt, int baselinePain, List<DayOfWeek> days, List<LoggedSession> sessions) {

    public ProgrammeData {
        days = List.copyOf(days);
        sessions = List.copyOf(sessions);
    }

    /**
     * One logged session; {@code painNextMorning}, {@code notes} and {@code painAfter}
     * (within an hour after the run; sessions logged before it was asked lack it) may be
     * {@code null}.
     */
    public record LoggedSession(String id, LocalDate date, int walkMinutes, int runMinutes, int painDuring,
            Integer painNextMorning, String notes, Set<RedFlag> newRedFlags, Integer painAfter) {

        public LoggedSession {
            newRedFlags = newRedFlags == null ? Set.of() : Set.copyOf(newRedFlags);
        }

        RunSession toRunSession() {
            return new RunSession(date, painDuring, painNextMorning, newRedFlags, painAfter, runMinutes);
        }

        LoggedSession withMorning(Integer morning) {
            return new LoggedSession(id, date, walkMinutes, runMinutes, painDuring, morning, notes, newRedFlags,
                    painAfter);
        }

    }

}
