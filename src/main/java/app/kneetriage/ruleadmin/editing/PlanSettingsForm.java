package app.kneetriage.ruleadmin.editing;

import app.kneetriage.rules.RuleSet;
import app.kneetriage.rules.content.PlanSettings;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How the draft builds a plan: how many top causes it draws on, how many exercises it
 * lists, and where the fit words start. {@code version} is the draft's, to catch a stale
 * copy.
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

    static PlanSettingsForm of(long version, PlanSettings settings) {
        PlanSettingsForm form = new PlanSettingsForm();
        form.version = version;
        form.planCauseCount = settings.getPlanCauseCount();
        form.maxPlanExercises = settings.getMaxPlanExercises();
        form.fitStrongFrom = settings.getFitBands().strongFrom();
        form.fitModerateFrom = settings.getFitBands().moderateFrom();
        return form;
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

}
