package app.kneetriage.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import app.kneetriage.programmes.GlobalChange;
import app.kneetriage.programmes.PsfsProgress;
import app.kneetriage.rules.RedFlag;
import app.kneetriage.rules.ReturnStep;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bodies of the return-to-run requests. */
final class ProgrammeRequests {

    private ProgrammeRequests() {
    }

    /**
     * Starting: the pain at rest today, the weekdays the runner prefers and, optionally
     * (clients written before it may leave it out), up to three activities the knee makes
     * hard, each rated for today.
     */
    record Start(@NotNull @Min(0) @Max(10) Integer baselinePain, @NotEmpty @Size(max = 7) List<@NotNull DayOfWeek> days,
            @Size(max = PsfsProgress.MAX_ACTIVITIES) List<@NotNull @Valid Activity> activities) {

        List<PsfsProgress.Activity> chosenActivities() {
            return activities == null ? List.of()
                    : activities.stream().map(a -> new PsfsProgress.Activity(a.name().strip(), a.score())).toList();
        }

    }

    /** An activity in the runner's words, rated 0 (cannot do it) to 10 (as before). */
    record Activity(@NotBlank @Size(max = PsfsProgress.MAX_NAME_LENGTH) String name,
            @NotNull @Min(0) @Max(PsfsProgress.MAX_SCORE) Integer score) {
    }

    /**
     * The weekly rating: a score for each activity, in the order they were named, and how
     * the knee compares with the start.
     */
    record Rating(@NotEmpty @Size(
            max = PsfsProgress.MAX_ACTIVITIES) List<@NotNull @Min(0) @Max(PsfsProgress.MAX_SCORE) Integer> scores,
            @NotNull GlobalChange globalChange) {
    }

    /**
     * A session: minutes walked and run, the worst pain during it, within an hour after
     * it and, if known, the next morning; notes up to 500 characters; any new warning
     * sign.
     */
    record Session(@NotNull LocalDate date, @NotNull @Min(0) @Max(ReturnStep.MAX_MINUTES) Integer walkMinutes,
            @NotNull @Min(0) @Max(ReturnStep.MAX_MINUTES) Integer runMinutes,
            @NotNull @Min(0) @Max(10) Integer painDuring, @Min(0) @Max(10) Integer painNextMorning,
            @Size(max = 500) String notes, Set<@NotNull RedFlag> newRedFlags, @Min(0) @Max(10) Integer painAfter) {
    }

    /** The next-morning pain, added later. */
    record MorningPain(@NotNull @Min(0) @Max(10) Integer painNextMorning) {
    }

}
