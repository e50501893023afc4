package app.kneetriage.questionnaire;

import static app.kneetriage.rules.AnswerLimits.MAX_CADENCE_SPM;
import static app.kneetriage.rules.AnswerLimits.MAX_REST_DAYS_PER_WEEK;
import static app.kneetriage.rules.AnswerLimits.MAX_SHOE_DISTANCE_KM;
import static app.kneetriage.rules.AnswerLimits.MAX_WEEKLY_DISTANCE_CHANGE_PERCENT;
import static app.kneetriage.rules.AnswerLimits.MIN_CADENCE_SPM;

import app.kneetriage.rules.Training;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The symptom form's optional training section: every answer may stay empty. The shoe
 * distance is asked in the runner's unit and held by the engine in kilometres.
 */
public abstract class TrainingQuestions {

    private DistanceChange weeklyDistanceChange;

    /** Percent more or less; a "less" above 100 is caught by the form's validator. */
    @Min(0)
    @Max(MAX_WEEKLY_DISTANCE_CHANGE_PERCENT)
    private Integer weeklyDistanceChangeAmount;

    private Boolean addedSpeedAndHills;

    private Boolean newOrReturning;

    @Min(0)
    @Max(MAX_SHOE_DISTANCE_KM)
    private Integer shoeDistance;

    @NotNull
    private DistanceUnit shoeDistanceUnit = DistanceUnit.KM;

    @Min(MIN_CADENCE_SPM)
    @Max(MAX_CADENCE_SPM)
    private Integer cadenceSpm;

    private Boolean runsOnCamberedRoads;

    @Min(0)
    @Max(MAX_REST_DAYS_PER_WEEK)
    private Integer restDaysPerWeek;

    /** The training answers; an empty field stays "not answered". */
    Training toTraining() {
        return new Training(weeklyDistanceChangePercent(), addedSpeedAndHills, newOrReturning, shoeDistanceKm(),
                cadenceSpm, runsOnCamberedRoads, restDaysPerWeek);
    }

    Integer shoeDistanceKm() {
        return shoeDistance == null || shoeDistanceUnit == null ? null : shoeDistanceUnit.toKm(shoeDistance);
    }

    /** The change as the engine holds it: percent, negative for less. */
    Integer weeklyDistanceChangePercent() {
        if (weeklyDistanceChange == null) {
            return null;
        }
        return switch (weeklyDistanceChange) {
            case SAME -> 0;
            case MORE -> weeklyDistanceChangeAmount;
            case LESS -> weeklyDistanceChangeAmount == null ? null : -weeklyDistanceChangeAmount;
        };
    }

    public DistanceChange getWeeklyDistanceChange() {
        return weeklyDistanceChange;
    }

    public void setWeeklyDistanceChange(DistanceChange weeklyDistanceChange) {
        this.weeklyDistanceChange = weeklyDistanceChange;
    }

    public Integer getWeeklyDistanceChangeAmount() {
        return weeklyDistanceChangeAmount;
    }

    public void setWeeklyDistanceChangeAmount(Integer weeklyDistanceChangeAmount) {
        this.weeklyDistanceChangeAmount = weeklyDistanceChangeAmount;
    }

    public Boolean getAddedSpeedAndHills() {
        return addedSpeedAndHills;
    }

    public void setAddedSpeedAndHills(Boolean addedSpeedAndHills) {
        this.addedSpeedAndHills = addedSpeedAndHills;
    }

    public Boolean getNewOrReturning() {
        return newOrReturning;
    }

    public void setNewOrReturning(Boolean newOrReturning) {
        this.newOrReturning = newOrReturning;
    }

    public Integer getShoeDistance() {
        return shoeDistance;
    }

    public void setShoeDistance(Integer shoeDistance) {
        this.shoeDistance = shoeDistance;
    }

    public DistanceUnit getShoeDistanceUnit() {
        return shoeDistanceUnit;
    }

    public void setShoeDistanceUnit(DistanceUnit shoeDistanceUnit) {
        this.shoeDistanceUnit = shoeDistanceUnit;
    }

    public Integer getCadenceSpm() {
        return cadenceSpm;
    }

    public void setCadenceSpm(Integer cadenceSpm) {
        this.cadenceSpm = cadenceSpm;
    }

    public Boolean getRunsOnCamberedRoads() {
        return runsOnCamberedRoads;
    }

    public void setRunsOnCamberedRoads(Boolean runsOnCamberedRoads) {
        this.runsOnCamberedRoads = runsOnCamberedRoads;
    }

    public Integer getRestDaysPerWeek() {
        return restDaysPerWeek;
    }

    public void setRestDaysPerWeek(Integer restDaysPerWeek) {
        this.restDaysPerWeek = restDaysPerWeek;
    }

}
