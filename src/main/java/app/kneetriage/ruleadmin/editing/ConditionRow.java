package app.kneetriage.ruleadmin.editing;

import java.util.ArrayList;
import java.util.List;

import app.kneetriage.rules.Condition;
import app.kneetriage.rules.Field;
import app.kneetriage.rules.InvalidRuleException;
import app.kneetriage.rules.Operator;
import app.kneetriage.rules.TextLimits;
import jakarta.validation.constraints.Size;

/**
 * A condition as an admin builds it from the runner's questions: one question and its
 * answers, or a group ("all of", "any of", "at least N of") whose parts are questions or
 * groups of questions. What the builder cannot hold (deeper groups) is edited as the
 * stored JSON. {@link ConditionBuilder} turns a row into the engine's condition.
 */
public class ConditionRow {

    /** What a row holds. */
    public enum Kind {

        /** no condition: "always" for advice, "never" for ranking first */
        NONE,
        /** always true: an "all of" group with nothing in it */
        ALWAYS, ONE, ALL, ANY, AT_LEAST;

        public boolean isGroup() {
            return this == ALL || this == ANY || this == AT_LEAST;
        }

    }

    /** Groups in groups in groups are beyond the builder; they stay JSON. */
    static final int BUILDER_DEPTH = 2;

    private Kind kind = Kind.ONE;

    private String field;

    private String operator;

    private List<String> answers = new ArrayList<>();

    private String number;

    private String upTo;

    private String count;

    private List<ConditionRow> parts = new ArrayList<>();

    /** Whether the row is the stored JSON, for what the builder cannot express. */
    private boolean advanced;

    @Size(max = TextLimits.CONDITION)
    private String json;

    /** A row for a stored condition; null gives {@link Kind#NONE}. */
    static ConditionRow of(Condition condition) {
        return ConditionBuilder.rowOf(condition);
    }

    /**
     * @return the condition, or null for {@link Kind#NONE}
     * @throws InvalidRuleException (a {@link ConditionProblem} for builder rows) with the
     * reason when it is not a condition the engine can evaluate
     */
    Condition toCondition() {
        return ConditionBuilder.build(this);
    }

    /** Whether the row holds no condition ({@link Kind#NONE}). */
    public boolean isBlank() {
        return kind == Kind.NONE;
    }

    /** The chosen question, if it is one. */
    public Field chosenField() {
        return field == null ? null : Field.byKey(field).orElse(null);
    }

    public List<Operator> operatorChoices() {
        Field chosen = chosenField();
        return chosen == null ? List.of() : QuestionChoices.operatorsFor(chosen);
    }

    /** Whether the chosen comparison takes ticked answers. */
    public boolean takesAnswers() {
        Field chosen = chosenField();
        return chosen != null && !chosen.allowedValues().isEmpty() && chosenOperator().maxValues() > 0;
    }

    /**
     * Whether the chosen comparison takes a number, and {@link #takesUpTo()} a second
     * one.
     */
    public boolean takesNumber() {
        Field chosen = chosenField();
        return chosen != null && chosen.kind() == Field.Kind.NUMBER && chosenOperator().maxValues() > 0;
    }

    /** The lowest and highest number the chosen question accepts. */
    public int[] range() {
        return takesNumber() ? QuestionChoices.range(chosenField()) : new int[0];
    }

    public boolean takesUpTo() {
        return takesNumber() && chosenOperator() == Operator.BETWEEN;
    }

    /** The chosen comparison, or the first one the question offers. */
    Operator chosenOperator() {
        List<Operator> choices = operatorChoices();
        return choices.stream()
            .filter(o -> o.name().equals(operator))
            .findFirst()
            .orElse(choices.isEmpty() ? Operator.IS_TRUE : choices.get(0));
    }

    public Kind getKind() {
        return kind;
    }

    /** A post without a kind (no browser sends one) gets a new row's: one question. */
    public void setKind(Kind kind) {
        this.kind = kind == null ? Kind.ONE : kind;
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

    public List<String> getAnswers() {
        return answers;
    }

    public void setAnswers(List<String> answers) {
        this.answers = answers;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getUpTo() {
        return upTo;
    }

    public void setUpTo(String upTo) {
        this.upTo = upTo;
    }

    public String getCount() {
        return count;
    }

    public void setCount(String count) {
        this.count = count;
    }

    public List<ConditionRow> getParts() {
        return parts;
    }

    public void setParts(List<ConditionRow> parts) {
        this.parts = parts;
    }

    public boolean isAdvanced() {
        return advanced;
    }

    public void setAdvanced(boolean advanced) {
        this.advanced = advanced;
    }

    public String getJson() {
        return json;
    }

    public void setJson(String json) {
        this.json = json;
    }

}
