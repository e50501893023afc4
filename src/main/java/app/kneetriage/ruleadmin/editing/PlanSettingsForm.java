package app.kneetriage.ruleadmin.editing;

import app.kneetriage.rules.PainMonitoringRule;
import app.kneetriage.rules.RuleSet;
import app.kneetriage.rules.TextLimits;
import app.kneetriage.rules.content.PlanSettings;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How the draft builds a plan: top causes drawn on, most exercises, fit bands, and the
 * tracker's pain-monitoring rule. {@code version} is the draft's, to catch a stale copy.
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

    @NotNull
    @Min(0)
    @Max(10)
    private Integer painMaxBaseline;

    @NotNull
    @Min(0)
    @Max(10)
    private Integer painMaxAfter;

    private boolean oneRunPerDay;

    @NotNull
    @Min(0)
    @Max(PainMonitoringRule.MAX_DAYS_PER_WEEK)
    private Integer minDaysPerWeek;

    @NotNull
    @Min(0)
    @Max(PainMonitoringRule.MAX_CREEP_WEEKS)
    private Integer painCreepWeeks;

    @NotNull
    @Min(0)
    @Max(PainMonitoringRule.MAX_OVERRUN_PERCENT)
    private Integer overrunPercent;

    @NotNull
    @Min(1)
    @Max(TextLimits.MAX_WEEK)
    private Integer reduceStartWeek;

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
        form.painMaxBaseline = pain.maxBaselinePain();
        form.painMaxAfter = pain.maxPainAfter();
        form.oneRunPerDay = pain.oneRunPerDay();
        form.minDaysPerWeek = pain.minDaysPerWeek();
        form.painCreepWeeks = pain.creepWeeks();
        form.overrunPercent = pain.overrunPercent();
        form.reduceStartWeek = pain.reduceStartWeek();
        return form;
    }

    PainMonitoringRule painMonitoring() {
        return new PainMonitoringRule(painMaxDuring, painSettledMorning, painWeeklyRise, sessionsPerWeek,
                painMaxBaseline, painMaxAfter, oneRunPerDay, minDaysPerWeek, painCreepWeeks, overrunPercent,
                reduceStartWeek);
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

    public Integer getPainMaxBaseline() {
        return painMaxBaseline;
    }

    public void setPainMaxBaseline(Integer painMaxBaseline) {
        this.painMaxBaseline = painMaxBaseline;
    }

    public Integer getPainMaxAfter() {
        return painMaxAfter;
    }

    public void setPainMaxAfter(Integer painMaxAfter) {
        this.painMaxAfter = painMaxAfter;
    }

    public boolean isOneRunPerDay() {
        return oneRunPerDay;
    }

    public void setOneRunPerDay(boolean oneRunPerDay) {
        this.oneRunPerDay = oneRunPerDay;
    }

    public Integer getMinDaysPerWeek() {
        return minDaysPerWeek;
    }

    public void setMinDaysPerWeek(Integer minDaysPerWeek) {
        this.minDaysPerWeek = minDaysPerWeek;
    }

    public Integer getPainCreepWeeks() {
        return painCreepWeeks;
    }

    public void setPainCreepWeeks(Integer painCreepWeeks) {
        this.painCreepWeeks = painCreepWeeks;
    }

    public Integer getOverrunPercent() {
        return overrunPercent;
    }

    public void setOverrunPercent(Integer overrunPercent) {
        this.overrunPercent = overrunPercent;
    }

    public Integer getReduceStartWeek() {
        return reduceStartWeek;
    }

    public void setReduceStartWeek(Integer reduceStartWeek) {
        this.reduceStartWeek = reduceStartWeek;
    }

}
