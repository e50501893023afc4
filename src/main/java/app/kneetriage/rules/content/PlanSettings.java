package app.kneetriage.rules.content;

import app.kneetriage.rules.FitBands;
import app.kneetriage.rules.RuleSet;
import jakarta.persistence.Embeddable;

/**
 * How a rule set builds a plan: how many of the top causes it draws on, how many
 * exercises it lists at most, and where the fit words start.
 */
@Embeddable
public class PlanSettings {

    private int planCauseCount;

    /** Content made before version 2 listed every exercise. */
    private int maxPlanExercises = RuleSet.MAX_PLAN_EXERCISES;

    private double fitStrongFrom = FitBands.DEFAULT.strongFrom();

    private double fitModerateFrom = FitBands.DEFAULT.moderateFrom();

    public PlanSettings copy() {
        PlanSettings copy = new PlanSettings();
        copy.planCauseCount = planCauseCount;
        copy.maxPlanExercises = maxPlanExercises;
        copy.fitStrongFrom = fitStrongFrom;
        copy.fitModerateFrom = fitModerateFrom;
        return copy;
    }

    public int getPlanCauseCount() {
        return planCauseCount;
    }

    public void setPlanCauseCount(int planCauseCount) {
        this.planCauseCount = planCauseCount;
    }

    public int getMaxPlanExercises() {
        return maxPlanExercises;
    }

    public void setMaxPlanExercises(int maxPlanExercises) {
        this.maxPlanExercises = maxPlanExercises;
    }

    public FitBands getFitBands() {
        return new FitBands(fitStrongFrom, fitModerateFrom);
    }

    public void setFitBands(FitBands bands) {
        this.fitStrongFrom = bands.strongFrom();
        this.fitModerateFrom = bands.moderateFrom();
    }

}
