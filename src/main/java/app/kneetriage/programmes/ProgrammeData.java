package app.kneetriage.programmes;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import app.kneetriage.rules.RedFlag;
import app.kneetriage.rules.RunSession;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a runner's return to running holds, sealed as one JSON document: its stored
 * format. The JSON names are pinned here, so renaming a component cannot change what
 * stored programmes read as; {@link ProgrammeJson} refuses any name it does not know.
 * Format 1 lacked {@code painAfter}; format 2 added it. Both read back in
 * ProgrammeDataFormatTests.
 *
 * @param baselinePain the pain at rest on the day it started, 0 to 10
 * @param days the weekdays the runner prefers to run
 */
public record ProgrammeData(@JsonProperty(value = "startedAt", required = true) Instant startedAt,
        @JsonProperty(value = "baselinePain", required = true) int baselinePain,
        @JsonProperty(value = "days", required = true) List<DayOfWeek> days,
        @JsonProperty(value = "sessions", required = true) List<LoggedSession> sessions) {

    public ProgrammeData {
        days = List.copyOf(days);
        sessions = List.copyOf(sessions);
    }

    /**
     * One logged session; {@code painNextMorning}, {@code notes} and {@code painAfter}
     * (within an hour after the run; sessions logged before it was asked lack it) may be
     * {@code null}.
     */
    public record LoggedSession(@JsonProperty(value = "id", required = true) String id,
            @JsonProperty(value = "date", required = true) LocalDate date,
            @JsonProperty(value = "walkMinutes", required = true) int walkMinutes,
            @JsonProperty(value = "runMinutes", required = true) int runMinutes,
            @JsonProperty(value = "painDuring", required = true) int painDuring,
            @JsonProperty("painNextMorning") Integer painNextMorning, @JsonProperty("notes") String notes,
            @JsonProperty("newRedFlags") Set<RedFlag> newRedFlags, @JsonProperty("painAfter") Integer painAfter) {

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
