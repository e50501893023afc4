package app.kneetriage.ruleadmin.editing;

import java.util.Arrays;
import java.util.List;

import app.kneetriage.rules.Condition;
import app.kneetriage.rules.Field;
import app.kneetriage.rules.FieldCondition;
import app.kneetriage.rules.InvalidRuleException;
import app.kneetriage.rules.Operator;
import app.kneetriage.rules.TextLimits;
import app.kneetriage.rules.content.ConditionJson;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/**
 * A condition as an admin edits it: a field, an operator and values chosen from what the
 * engine supports, or, for all/any/at-least groups, the condition's JSON. A row becomes
 * the engine's {@link Condition} here and nowhere else, so a condition the engine cannot
 * evaluate is refused with its reason.
 */
public class ConditionRow {

    private String field;

    private String operator;

    /** comma-separated */
    @Size(max = 2000)
    private String values;

    /** set for group conditions; then field, operator and values are ignored */
    @Size(max = TextLimits.CONDITION)
    private String json;

    static ConditionRow of(Condition condition) {
        ConditionRow row = new ConditionRow();
        if (condition instanceof FieldCondition leaf) {
            row.field = leaf.field().key();
            row.operator = leaf.operator().name();
            row.values = String.join(", ", leaf.values());
        }
        else if (condition != null) {
            row.json = ConditionJson.format(condition);
        }
        return row;
    }

    boolean isBlank() {
        return isEmpty(field) && isEmpty(json);
    }

    /**
     * @return the condition, built by the engine's condition model
     * @throws InvalidRuleException with the reason when the engine could not evaluate it
     */
    Condition toCondition() {
        if (!isEmpty(json)) {
            return ConditionJson.parse(json);
        }
        Field chosenField = Field.byKey(field == null ? "" : field)
            .orElseThrow(() -> new InvalidRuleException("choose what the condition looks at"));
        Operator chosenOperator = Arrays.stream(Operator.values())
            .filter(o -> o.name().equals(operator))
            .findFirst()
            .orElseThrow(() -> new InvalidRuleException("choose how the condition compares"));
        List<String> list = values == null || values.isBlank() ? List.of()
                : Arrays.stream(values.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
        return new FieldCondition(chosenField, chosenOperator, list);
    }

    /** Like {@link #toCondition()}, but a blank optional row means "always": null. */
    Condition toOptionalCondition() {
        return isBlank() ? null : toCondition();
    }

    /**
     * Rejects, next to its row, each condition the engine could not evaluate.
     * @param path the rows' property path, e.g. {@code pattern}; each row's condition is
     * {@code path[i].condition}
     */
    static void check(List<ConditionRow> rows, String path, boolean optional, Errors errors) {
        for (int i = 0; i < rows.size(); i++) {
            ConditionRow row = rows.get(i);
            try {
                if (optional) {
                    row.toOptionalCondition();
                }
                else {
                    row.toCondition();
                }
            }
            catch (InvalidRuleException e) {
                errors.rejectValue(path + "[" + i + "].condition.values", "condition.invalid",
                        new Object[] { e.getMessage() }, e.getMessage());
            }
        }
    }

    private static boolean isEmpty(String text) {
        return text == null || text.isBlank();
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getOperator() {
        return operator;
    }

    public void setOperator(String operator) {
        this.operator = operator;
    }

    public String getValues() {
        return values;
    }

    public void setValues(String values) {
        this.values = values;
    }

    public String getJson() {
        return json;
    }

    public void setJson(String json) {
        this.json = json;
    }

}
