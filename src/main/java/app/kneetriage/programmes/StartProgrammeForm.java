package app.kneetriage.programmes;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * Starting a return to running: the pain at rest today and the days the runner prefers.
 */
public class StartProgrammeForm {

    @NotNull
    @Min(0)
    @Max(10)
    private Integer baselinePain;

    @NotEmpty
    private List<DayOfWeek> days = new ArrayList<>();

    public Integer getBaselinePain() {
        return baselinePain;
    }

    public void setBaselinePain(Integer baselinePain) {
        this.baselinePain = baselinePain;
    }

    public List<DayOfWeek> getDays() {
        return days;
    }

    /**
     * The days actually chosen. An indexed field such as {@code days[2]} grows the list
     * with empty places below it, which binding fills in place, past the setter.
     */
    public List<DayOfWeek> chosenDays() {
        return days.stream().filter(Objects::nonNull).distinct().toList();
    }

    /** An empty choice binds as null: dropped, so only real days remain. */
    public void setDays(List<DayOfWeek> days) {
        this.days = days == null ? new ArrayList<>() : new ArrayList<>(days.stream().filter(Objects::nonNull).toList());
    }

}
