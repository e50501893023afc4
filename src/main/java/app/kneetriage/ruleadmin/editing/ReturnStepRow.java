package app.kneetriage.ruleadmin.editing;

import app.kneetriage.rules.Exercise;
import app.kneetriage.rules.ReturnStep;
import app.kneetriage.rules.TextLimits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One week of the return-to-run table on the admin's list page: its text, and optionally
 * its runs a week and the minutes of its planned session.
 */
public class ReturnStepRow {

    @NotNull
    @Min(1)
    @Max(TextLimits.MAX_WEEK)
    private Integer week;

    @NotBlank
    @Size(max = TextLimits.RETURN_STEP)
    private String description;

    @Min(1)
    @Max(Exercise.MAX_TIMES_PER_WEEK)
    private Integer sessions;

    @Min(0)
    @Max(ReturnStep.MAX_MINUTES)
    private Integer walkMinutes;

    @Min(0)
    @Max(ReturnStep.MAX_MINUTES)
    private Integer runMinutes;

    public Integer getSessions() {
        return sessions;
    }

    public void setSessions(Integer sessions) {
        this.sessions = sessions;
    }

    public Integer getWalkMinutes() {
        return walkMinutes;
    }

    public void setWalkMinutes(Integer walkMinutes) {
        this.walkMinutes = walkMinutes;
    }

    public Integer getRunMinutes() {
        return runMinutes;
    }

    public void setRunMinutes(Integer runMinutes) {
        this.runMinutes = runMinutes;
    }

    public Integer getWeek() {
        return week;
    }

    public void setWeek(Integer week) {
        this.week = week;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

}
