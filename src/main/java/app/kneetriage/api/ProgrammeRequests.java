package app.kneetriage.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import app.kneetriage.rules.RedFlag;
import app.kneetriage.rules.ReturnStep;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bodies of the return-to-run requests. */
final class ProgrammeRequests {

    private ProgrammeRequests() {
    }

    /** Starting: the pain at rest today and the weekdays the runner prefers. */
    record Start(@NotNull @Min(0) @Max(10) Integer baselinePain,
            @NotEmpty @Size(max = 7) List<@NotNull DayOfWeek> days) {
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
