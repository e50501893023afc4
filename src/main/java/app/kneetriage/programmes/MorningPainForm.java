package app.kneetriage.programmes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The pain the morning after a run, added to it when the runner comes back. */
public class MorningPainForm {

    @NotNull
    @Min(0)
    @Max(10)
    private Integer painNextMorning;

    public Integer getPainNextMorning() {
        return painNextMorning;
    }

    public void setPainNextMorning(Integer painNextMorning) {
        this.painNextMorning = painNextMorning;
    }

}
