package app.kneetriage.questionnaire;

import static app.kneetriage.rules.AnswerLimits.MAX_CADENCE_SPM;
import static app.kneetriage.rules.AnswerLimits.MAX_REST_DAYS_PER_WEEK;
import static app.kneetriage.rules.AnswerLimits.MAX_SHOE_DISTANCE_KM;
import static app.kneetriage.rules.AnswerLimits.MAX_WEEKLY_DISTANCE_CHANGE_PERCENT;
import static app.kneetriage.rules.AnswerLimits.MIN_CADENCE_SPM;
import static app.kneetriage.rules.AnswerLimits.MIN_WEEKLY_DISTANCE_CHANGE_PERCENT;

import app.kneetriage.rules.Training;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The symptom form's optional training section: every answer may stay empty. The shoe
 * distance is asked in the runner's unit and held by the engine in kilometres.
 */
public abstract class TrainingQuestions {

    @Min(MIN_WEEKLY_DISTANCE_CHANGE_PERCENT)
    @Max(MAX_WEEKLY_DISTANCE_CHANGE_PERCENT)
    private Integer weeklyDistanceChangePercent;

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
        return new Training(weeklyDistanceChangePercent, addedSpeedAndHills, newOrReturning, shoeDistanceKm(),
                cadenceSpm, runsOnCamberedRoads, restDaysPerWeek);
    }

    Integer shoeDistanceKm() {
        return shoeDistance == null || shoeDistanceUnit == null ? null : shoeDistanceUnit.toKm(shoeDistance);
    }

    public Integer getWeeklyDistanceChangePercent() {
        return weeklyDistanceChangePercent;
    }

    public void setWeeklyDistanceChangePercent(Integer weeklyDistanceChangePercent) {
        this.weeklyDistanceChangePercent = weeklyDistanceChangePercent;
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
