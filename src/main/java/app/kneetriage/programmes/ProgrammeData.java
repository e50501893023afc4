package app.kneetriage.programmes;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.kneetriage.rules.RedFlag;
import app.kneetriage.rules.RunSession;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a runner's return to running holds, sealed as one JSON document: its stored
 * format. The JSON names are pinned here, so renaming a component cannot change what
 * stored programmes read as; {@link ProgrammeJson} refuses any name it does not know.
 * Format 1 lacked {@code painAfter}; format 2 added it; format 3 added the activities and
 * function ratings (PSFS), which earlier formats read back as none. All read back in
 * ProgrammeDataFormatTests.
 *
 * @param baselinePain the pain at rest on the day it started, 0 to 10
 * @param days the weekdays the runner prefers to run
 * @param activities up to three activities the knee makes hard, in the runner's words;
 * empty for a programme started without them
 * @param ratings the function ratings by date, the first given at the start
 */
public record ProgrammeData(@JsonProperty(value = "startedAt", required = true) Instant startedAt,
        @JsonProperty(value = "baselinePain", required = true) int baselinePain,
        @JsonProperty(value = "days", required = true) List<DayOfWeek> days,
        @JsonProperty(value = "sessions", required = true) List<LoggedSession> sessions,
        @JsonProperty("activities") List<String> activities, @JsonProperty("ratings") List<FunctionRating> ratings) {

    public ProgrammeData {
        days = List.copyOf(days);
        sessions = List.copyOf(sessions);
        activities = activities == null ? List.of() : List.copyOf(activities);
        ratings = ratings == null ? List.of() : List.copyOf(ratings);
    }

    ProgrammeData withSessions(List<LoggedSession> changed) {
        return new ProgrammeData(startedAt, baselinePain, days, changed, activities, ratings);
    }

    ProgrammeData withRating(FunctionRating rating) {
        List<FunctionRating> more = new ArrayList<>(ratings);
        more.add(rating);
        return new ProgrammeData(startedAt, baselinePain, days, sessions, activities, more);
    }

    /**
     * How well the runner can do each activity on a day, 0 (cannot) to 10 (as before the
     * knee hurt), in the activities' order.
     *
     * @param week the tracker's week when it was given
     * @param globalChange how the knee compares with the start; {@code null} at the start
     */
    public record FunctionRating(@JsonProperty(value = "date", required = true) LocalDate date,
            @JsonProperty(value = "week", required = true) int week,
            @JsonProperty(value = "scores", required = true) List<Integer> scores,
            @JsonProperty("globalChange") GlobalChange globalChange) {

        public FunctionRating {
            scores = List.copyOf(scores);
        }

        /** The PSFS score: the mean of the activities' ratings. */
        public double average() {
            return scores.stream().mapToInt(Integer::intValue).average().orElse(0);
        }

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
