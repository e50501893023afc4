package app.kneetriage.rules.content;

import app.kneetriage.rules.FitBands;
import app.kneetriage.rules.PainMonitoringRule;
import app.kneetriage.rules.RuleSet;
import jakarta.persistence.Embeddable;

/**
 * How a rule set builds a plan: how many of the top causes it draws on, how many
 * exercises it lists at most, where the fit words start, and the pain-monitoring rule of
 * the return to running.
 */
@Embeddable
public class PlanSettings {

    private int planCauseCount;

    /** Content made before version 2 listed every exercise. */
    private int maxPlanExercises = RuleSet.MAX_PLAN_EXERCISES;

    private double fitStrongFrom = FitBands.DEFAULT.strongFrom();

    private double fitModerateFrom = FitBands.DEFAULT.moderateFrom();

    private int painMaxDuring = PainMonitoringRule.DEFAULT.maxPainDuring();

    private int painSettledMorning = PainMonitoringRule.DEFAULT.settledMorningPain();

    private int painWeeklyRise = PainMonitoringRule.DEFAULT.weeklyRiseToStepBack();

    private int sessionsPerWeek = PainMonitoringRule.DEFAULT.sessionsPerWeek();

    private int painMaxBaseline = PainMonitoringRule.DEFAULT.maxBaselinePain();

    private int painMaxAfter = PainMonitoringRule.DEFAULT.maxPainAfter();

    private boolean oneRunPerDay = PainMonitoringRule.DEFAULT.oneRunPerDay();

    private int minDaysPerWeek = PainMonitoringRule.DEFAULT.minDaysPerWeek();

    private int painCreepWeeks = PainMonitoringRule.DEFAULT.creepWeeks();

    private int overrunPercent = PainMonitoringRule.DEFAULT.overrunPercent();

    private int reduceStartWeek = PainMonitoringRule.DEFAULT.reduceStartWeek();

    public int getPlanCauseCount() {
        return planCauseCount;
    }

    void setPlanCauseCount(int planCauseCount) {
        this.planCauseCount = planCauseCount;
    }

    public int getMaxPlanExercises() {
        return maxPlanExercises;
    }

    void setMaxPlanExercises(int maxPlanExercises) {
        this.maxPlanExercises = maxPlanExercises;
    }

    public FitBands getFitBands() {
        return new FitBands(fitStrongFrom, fitModerateFrom);
    }

    void setFitBands(FitBands bands) {
        this.fitStrongFrom = bands.strongFrom();
        this.fitModerateFrom = bands.moderateFrom();
    }

    public PainMonitoringRule getPainMonitoring() {
        return new PainMonitoringRule(painMaxDuring, painSettledMorning, painWeeklyRise, sessionsPerWeek,
                painMaxBaseline, painMaxAfter, oneRunPerDay, minDaysPerWeek, painCreepWeeks, overrunPercent,
                reduceStartWeek);
    }

    void setPainMonitoring(PainMonitoringRule rule) {
        this.painMaxDuring = rule.maxPainDuring();
        this.painSettledMorning = rule.settledMorningPain();
        this.painWeeklyRise = rule.weeklyRiseToStepBack();
        this.sessionsPerWeek = rule.sessionsPerWeek();
        this.painMaxBaseline = rule.maxBaselinePain();
        this.painMaxAfter = rule.maxPainAfter();
        this.oneRunPerDay = rule.oneRunPerDay();
        this.minDaysPerWeek = rule.minDaysPerWeek();
        this.painCreepWeeks = rule.creepWeeks();
        this.overrunPercent = rule.overrunPercent();
        this.reduceStartWeek = rule.reduceStartWeek();
    }

}
