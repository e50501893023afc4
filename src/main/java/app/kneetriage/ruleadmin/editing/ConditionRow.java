package app.kneetriage.ruleadmin.editing;

import java.util.Arrays;
import java.util.List;

import app.kneetriage.rules.Condition;
import app.kneetriage.rules.Field;
import app.kneetriage.rules.FieldCondition;
import app.kneetriage.rules.InvalidRuleException;
import app.kneetriage.rules.Operator;
import app.kneetriage.rules.content.ConditionJson;
import app.kneetriage.rules.TextLimits;
import jakarta.validation.constraints.Size;

/**
 * A condition as an admin edits it: a field, an operator and values chosen from what the
 * engine supports, or, for all/any/at-least groups, the condition's JSON. Turning the row
 * into stored JSON goes through the engine's condition model, so a condition the engine
 * cannot evaluate is refused with its reason.
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

    static ConditionRow of(String storedJson) {
        ConditionRow row = new ConditionRow();
        if (storedJson == null) {
            return row;
        }
        Condition condition = ConditionJson.parse(storedJson);
        if (condition instanceof FieldCondition leaf) {
            row.field = leaf.field().key();
            row.operator = leaf.operator().name();
            row.values = String.join(", ", leaf.values());
        }
        else {
            row.json = storedJson;
        }
        return row;
    }

    boolean isBlank() {
        return isEmpty(field) && isEmpty(json);
    }

    /**
     * @return the condition as stored JSON
     * @throws InvalidRuleException with the reason when the engine could not evaluate it
     */
    String toJson() {
        if (!isEmpty(json)) {
            return ConditionJson.format(ConditionJson.parse(json));
        }
        Field chosenField = Field.byKey(field == null ? "" : field)
            .orElseThrow(() -> new InvalidRuleException("choose what the condition looks at"));
        Operator chosenOperator = Arrays.stream(Operator.values())
            .filter(o -> o.name().equals(operator))
            .findFirst()
            .orElseThrow(() -> new InvalidRuleException("choose how the condition compares"));
        List<String> list = values == null || values.isBlank() ? List.of()
                : Arrays.stream(values.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
        return ConditionJson.format(new FieldCondition(chosenField, chosenOperator, list));
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
