package app.kneetriage.ruleadmin.editing;

import app.kneetriage.rules.PainMonitoringRule;
import app.kneetriage.rules.RuleSet;
import app.kneetriage.rules.content.PlanSettings;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How the draft builds a plan: how many top causes it draws on, how many exercises it
 * lists, where the fit words start, and the pain-monitoring rule of the return to
 * running. {@code version} is the draft's, to catch a stale copy.
 */
public class PlanSettingsForm {

    @NotNull
    private Long version;

    @NotNull
    @Min(1)
    @Max(10)
    private Integer planCauseCount;

    @NotNull
    @Min(1)
    @Max(RuleSet.MAX_PLAN_EXERCISES)
    private Integer maxPlanExercises;

    @NotNull
    @DecimalMin("0.01")
    @DecimalMax("1.0")
    private Double fitStrongFrom;

    @NotNull
    @DecimalMin("0.01")
    @DecimalMax("1.0")
    private Double fitModerateFrom;

    @NotNull
    @Min(0)
    @Max(10)
    private Integer painMaxDuring;

    @NotNull
    @Min(0)
    @Max(10)
    private Integer painSettledMorning;

    @NotNull
    @Min(1)
    @Max(10)
    private Integer painWeeklyRise;

    @NotNull
    @Min(1)
    @Max(14)
    private Integer sessionsPerWeek;

    static PlanSettingsForm of(long version, PlanSettings settings) {
        PlanSettingsForm form = new PlanSettingsForm();
        form.version = version;
        form.planCauseCount = settings.getPlanCauseCount();
        form.maxPlanExercises = settings.getMaxPlanExercises();
        form.fitStrongFrom = settings.getFitBands().strongFrom();
        form.fitModerateFrom = settings.getFitBands().moderateFrom();
        PainMonitoringRule pain = settings.getPainMonitoring();
        form.painMaxDuring = pain.maxPainDuring();
        form.painSettledMorning = pain.settledMorningPain();
        form.painWeeklyRise = pain.weeklyRiseToStepBack();
        form.sessionsPerWeek = pain.sessionsPerWeek();
        return form;
    }

    PainMonitoringRule painMonitoring() {
        return new PainMonitoringRule(painMaxDuring, painSettledMorning, painWeeklyRise, sessionsPerWeek);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Integer getPlanCauseCount() {
        return planCauseCount;
    }

    public void setPlanCauseCount(Integer planCauseCount) {
        this.planCauseCount = planCauseCount;
    }

    public Integer getMaxPlanExercises() {
        return maxPlanExercises;
    }

    public void setMaxPlanExercises(Integer maxPlanExercises) {
        this.maxPlanExercises = maxPlanExercises;
    }

    public Double getFitStrongFrom() {
        return fitStrongFrom;
    }

    public void setFitStrongFrom(Double fitStrongFrom) {
        this.fitStrongFrom = fitStrongFrom;
    }

    public Double getFitModerateFrom() {
        return fitModerateFrom;
    }

    public void setFitModerateFrom(Double fitModerateFrom) {
        this.fitModerateFrom = fitModerateFrom;
    }

    public Integer getPainMaxDuring() {
        return painMaxDuring;
    }

    public void setPainMaxDuring(Integer painMaxDuring) {
        this.painMaxDuring = painMaxDuring;
    }

    public Integer getPainSettledMorning() {
        return painSettledMorning;
    }

    public void setPainSettledMorning(Integer painSettledMorning) {
        this.painSettledMorning = painSettledMorning;
    }

    public Integer getPainWeeklyRise() {
        return painWeeklyRise;
    }

    public void setPainWeeklyRise(Integer painWeeklyRise) {
        this.painWeeklyRise = painWeeklyRise;
    }

    public Integer getSessionsPerWeek() {
        return sessionsPerWeek;
    }

    public void setSessionsPerWeek(Integer sessionsPerWeek) {
        this.sessionsPerWeek = sessionsPerWeek;
    }

}
