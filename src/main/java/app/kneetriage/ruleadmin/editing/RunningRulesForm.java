package app.kneetriage.ruleadmin.editing;

import java.util.List;

import app.kneetriage.rules.RunningAdvice;
import app.kneetriage.rules.TextLimits;
import app.kneetriage.rules.Urgency;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The running rules, checked in order: the first that holds gives the answer to "can I
 * run?". An empty urgency, cause or condition always holds.
 */
public class RunningRulesForm extends ListForms.RowsForm<RunningRulesForm.Row> {

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

        @NotNull
        private RunningAdvice advice = RunningAdvice.REDUCE;

        /** empty for any urgency */
        private Urgency whenUrgency;

        /** a cause code, or empty for any cause */
        private String whenTopCause = "";

        /** none for "always" */
        @Valid
        private ConditionRow condition = ConditionRow.of(null);

        @NotBlank
        @Size(max = TextLimits.RUNNING)
        private String text;

        public RunningAdvice getAdvice() {
            return advice;
        }

        public void setAdvice(RunningAdvice advice) {
            this.advice = advice;
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

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

    }

}
