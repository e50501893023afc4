package app.kneetriage.ruleadmin.editing;

import java.util.List;

import app.kneetriage.rules.AdviceSection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Sections of advice shown only when the answers match, such as the first days for a
 * fresh problem.
 */
public class SectionRulesForm extends ListForms.RowsForm<SectionRulesForm.Row> {

    @Override
    Row newRow() {
        return new Row();
    }

    @Override
    List<ConditionRow> conditionRows() {
        return getRows().stream().map(Row::getCondition).toList();
    }

    public static class Row {

        @NotNull
        private AdviceSection section = AdviceSection.FIRST_DAYS;

        @Valid
        private ConditionRow condition = new ConditionRow();

        public AdviceSection getSection() {
            return section;
        }

        public void setSection(AdviceSection section) {
            this.section = section;
        }

        public ConditionRow getCondition() {
            return condition;
        }

        public void setCondition(ConditionRow condition) {
            this.condition = condition;
        }

    }

}
