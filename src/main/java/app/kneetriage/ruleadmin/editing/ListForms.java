package app.kneetriage.ruleadmin.editing;

import java.util.ArrayList;
import java.util.List;

import app.kneetriage.rules.AdviceSection;
import app.kneetriage.rules.Fit;
import app.kneetriage.rules.TextLimits;
import app.kneetriage.rules.Urgency;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The draft's ordered lists, each edited as a whole on one page: urgency rules, advice,
 * and the return-to-run weeks. {@code fingerprint} identifies the copy the admin started
 * from.
 */
final class ListForms {

    private ListForms() {
    }

    /** Rows of one list and the fingerprint of the stored list they were read from. */
    public abstract static class RowsForm<R> {

        private String fingerprint;

        @Valid
        private List<R> rows = new ArrayList<>();

        abstract R newRow();

        void addRow() {
            rows.add(newRow());
        }

        /** Each row's condition, in row order; empty for lists without conditions. */
        List<ConditionRow> conditionRows() {
            return List.of();
        }

        /** Whether a blank condition means "always" rather than a missing answer. */
        boolean conditionsOptional() {
            return false;
        }

        public String getFingerprint() {
            return fingerprint;
        }

        public void setFingerprint(String fingerprint) {
            this.fingerprint = fingerprint;
        }

        public List<R> getRows() {
            return rows;
        }

        public void setRows(List<R> rows) {
            this.rows = rows;
        }

    }

    public static class UrgencyRulesForm extends RowsForm<UrgencyRow> {

        @Override
        UrgencyRow newRow() {
            return new UrgencyRow();
        }

        @Override
        List<ConditionRow> conditionRows() {
            return getRows().stream().map(UrgencyRow::getCondition).toList();
        }

    }

    public static class AdviceListForm extends RowsForm<AdviceRow> {

        @Override
        AdviceRow newRow() {
            return new AdviceRow();
        }

        @Override
        List<ConditionRow> conditionRows() {
            return getRows().stream().map(AdviceRow::getCondition).toList();
        }

        @Override
        boolean conditionsOptional() {
            return true;
        }

    }

    public static class StepsForm extends RowsForm<ReturnStepRow> {

        @Override
        ReturnStepRow newRow() {
            return new ReturnStepRow();
        }

    }

    public static class UrgencyRow {

        @NotNull
        private Urgency level = Urgency.SEE_PROFESSIONAL;

        @Valid
        private ConditionRow condition = new ConditionRow();

        @NotBlank
        @Size(max = TextLimits.REASON)
        private String reason;

        /** a cause code the rule also needs, or empty for the answers alone */
        private String whenCause = "";

        /**
         * with a cause: the weakest fit that is enough when it is not first; empty: first
         * only
         */
        private Fit whenCauseFit;

        public String getWhenCause() {
            return whenCause;
        }

        public void setWhenCause(String whenCause) {
            this.whenCause = whenCause;
        }

        public Fit getWhenCauseFit() {
            return whenCauseFit;
        }

        public void setWhenCauseFit(Fit whenCauseFit) {
            this.whenCauseFit = whenCauseFit;
        }

        public Urgency getLevel() {
            return level;
        }

        public void setLevel(Urgency level) {
            this.level = level;
        }

        public ConditionRow getCondition() {
            return condition;
        }

        public void setCondition(ConditionRow condition) {
            this.condition = condition;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

    }

    public static class AdviceRow {

        @NotNull
        private AdviceSection section = AdviceSection.FIRST_DAYS;

        /** a cause code, or empty for advice that applies whatever the cause */
        private String cause = "";

        /** none for "always" */
        @Valid
        private ConditionRow condition = ConditionRow.of(null);

        @NotBlank
        @Size(max = TextLimits.ADVICE)
        private String text;

        /** empty: shown with any urgency */
        private Urgency whenUrgency;

        public Urgency getWhenUrgency() {
            return whenUrgency;
        }

        public void setWhenUrgency(Urgency whenUrgency) {
            this.whenUrgency = whenUrgency;
        }

        public AdviceSection getSection() {
            return section;
        }

        public void setSection(AdviceSection section) {
            this.section = section;
        }

        public String getCause() {
            return cause;
        }

        public void setCause(String cause) {
            this.cause = cause;
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
