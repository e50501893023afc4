package app.kneetriage.ruleadmin.editing;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import app.kneetriage.rules.ExerciseKind;
import app.kneetriage.rules.RuleSet;
import app.kneetriage.rules.RunningAdvice;
import app.kneetriage.rules.Urgency;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The exercise limits: every limit whose parts all hold narrows the plan's exercises. An
 * empty running answer, urgency, cause or condition always holds.
 */
public class ExerciseLimitsForm extends ListForms.RowsForm<ExerciseLimitsForm.Row> {

    @Override
    Row newRow() {
        return new Row();
    }

    @Override
    List<ConditionRow> conditionRows() {
        return getRows().stream().map(Row::getCondition).toList();
    }

    @Override
    boolean conditionsOptional() {
        return true;
    }

    public static class Row {

        /** empty for any running answer */
        private RunningAdvice whenRunning;

        /** empty for any urgency */
        private Urgency whenUrgency;

        /** a cause code, or empty for any cause */
        private String whenTopCause = "";

        /** none for "always" */
        @Valid
        private ConditionRow condition = ConditionRow.of(null);

        /** empty: no maximum of its own */
        @Min(0)
        @Max(RuleSet.MAX_PLAN_EXERCISES)
        private Integer maxExercises;

        private boolean leaveOutLoadingKnee;

        private Set<ExerciseKind> leaveOutKinds = EnumSet.noneOf(ExerciseKind.class);

        public RunningAdvice getWhenRunning() {
            return whenRunning;
        }

        public void setWhenRunning(RunningAdvice whenRunning) {
            this.whenRunning = whenRunning;
        }

        public Urgency getWhenUrgency() {
            return whenUrgency;
        }

        public void setWhenUrgency(Urgency whenUrgency) {
            this.whenUrgency = whenUrgency;
        }

        public String getWhenTopCause() {
            return whenTopCause;
        }

        public void setWhenTopCause(String whenTopCause) {
            this.whenTopCause = whenTopCause;
        }

        public ConditionRow getCondition() {
            return condition;
        }

        public void setCondition(ConditionRow condition) {
            this.condition = condition;
        }

        public Integer getMaxExercises() {
            return maxExercises;
        }

        public void setMaxExercises(Integer maxExercises) {
            this.maxExercises = maxExercises;
        }

        public boolean isLeaveOutLoadingKnee() {
            return leaveOutLoadingKnee;
        }

        public void setLeaveOutLoadingKnee(boolean leaveOutLoadingKnee) {
            this.leaveOutLoadingKnee = leaveOutLoadingKnee;
        }

        public Set<ExerciseKind> getLeaveOutKinds() {
            return leaveOutKinds;
        }

        public void setLeaveOutKinds(Set<ExerciseKind> leaveOutKinds) {
            this.leaveOutKinds = leaveOutKinds == null ? EnumSet.noneOf(ExerciseKind.class) : leaveOutKinds;
        }

    }

}
