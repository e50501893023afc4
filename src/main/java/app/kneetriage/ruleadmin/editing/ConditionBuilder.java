package app.kneetriage.ruleadmin.editing;

import java.util.ArrayList;
import java.util.List;

import app.kneetriage.rules.AllOf;
import app.kneetriage.rules.AnyOf;
import app.kneetriage.rules.AtLeastOf;
import app.kneetriage.rules.Condition;
import app.kneetriage.rules.Field;
import app.kneetriage.rules.FieldCondition;
import app.kneetriage.rules.InvalidRuleException;
import app.kneetriage.rules.Operator;
import app.kneetriage.rules.TextLimits;
import app.kneetriage.rules.content.ConditionJson;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * Turns what an admin picked in the condition builder into the engine's condition, with
 * each problem said next to its input ({@link ConditionButtons} carries out its buttons).
 */
final class ConditionBuilder {

    private ConditionBuilder() {
    }

    /** A row for a stored condition; null gives {@link ConditionRow.Kind#NONE}. */
    static ConditionRow rowOf(Condition condition) {
        ConditionRow row = new ConditionRow();
        if (condition == null) {
            row.setKind(ConditionRow.Kind.NONE);
        }
        else if (depth(condition) > ConditionRow.BUILDER_DEPTH) {
            row.setAdvanced(true);
            row.setJson(ConditionJson.format(condition));
        }
        else {
            fill(row, condition);
        }
        return row;
    }

    private static void fill(ConditionRow row, Condition condition) {
        if (condition instanceof FieldCondition leaf) {
            row.setKind(ConditionRow.Kind.ONE);
            row.setField(leaf.field().key());
            // the builder offers "is one of" for single choices: "is" is the same with
            // one answer
            row.setOperator(leaf.operator() == Operator.EQUALS && leaf.field().kind() == Field.Kind.CHOICE
                    ? Operator.IN.name() : leaf.operator().name());
            if (leaf.field().kind() == Field.Kind.NUMBER) {
                row.setNumber(leaf.values().isEmpty() ? null : leaf.values().get(0));
                row.setUpTo(leaf.values().size() > 1 ? leaf.values().get(1) : null);
            }
            else {
                row.setAnswers(new ArrayList<>(leaf.values()));
            }
            return;
        }
        List<Condition> children;
        if (condition instanceof AllOf all) {
            row.setKind(all.conditions().isEmpty() ? ConditionRow.Kind.ALWAYS : ConditionRow.Kind.ALL);
            children = all.conditions();
        }
        else if (condition instanceof AnyOf any) {
            row.setKind(ConditionRow.Kind.ANY);
            children = any.conditions();
        }
        else {
            AtLeastOf atLeast = (AtLeastOf) condition;
            row.setKind(ConditionRow.Kind.AT_LEAST);
            row.setCount(String.valueOf(atLeast.count()));
            children = atLeast.conditions();
        }
        children.forEach(child -> {
            ConditionRow part = new ConditionRow();
            fill(part, child);
            row.getParts().add(part);
        });
    }

    /**
     * How many levels a condition has: one for a question, two for a group of questions.
     */
    static int depth(Condition condition) {
        List<Condition> children = condition instanceof AllOf all ? all.conditions() : condition instanceof AnyOf any
                ? any.conditions() : condition instanceof AtLeastOf atLeast ? atLeast.conditions() : null;
        if (children == null) {
            return 1;
        }
        return 1 + children.stream().mapToInt(ConditionBuilder::depth).max().orElse(0);
    }

    /**
     * @throws InvalidRuleException (a {@link ConditionProblem} for builder rows) with the
     * reason
     */
    static Condition build(ConditionRow row) {
        if (row.isAdvanced()) {
            return advanced(row);
        }
        return switch (row.getKind()) {
            case NONE -> null;
            case ALWAYS -> new AllOf(List.of());
            case ONE -> question(row);
            case ALL -> new AllOf(parts(row));
            case ANY -> new AnyOf(parts(row));
            case AT_LEAST -> atLeast(row);
        };
    }

    private static Condition advanced(ConditionRow row) {
        if (row.getJson() == null || row.getJson().isBlank()) {
            throw new ConditionProblem("json", "condition.problem.json");
        }
        return ConditionJson.parse(row.getJson());
    }

    private static Condition atLeast(ConditionRow row) {
        List<Condition> parts = parts(row);
        Integer count = whole(row.getCount());
        if (count == null || count < 1 || count > parts.size()) {
            throw new ConditionProblem("count", "condition.problem.count", parts.size());
        }
        return new AtLeastOf(count, parts);
    }

    private static List<Condition> parts(ConditionRow row) {
        if (row.getParts().isEmpty()) {
            throw new ConditionProblem("kind", "condition.problem.emptyGroup");
        }
        List<Condition> parts = new ArrayList<>();
        for (int i = 0; i < row.getParts().size(); i++) {
            ConditionRow part = row.getParts().get(i);
            if (part.getKind() == ConditionRow.Kind.NONE || part.getKind() == ConditionRow.Kind.ALWAYS
                    || part.isAdvanced()) {
                part.setKind(ConditionRow.Kind.ONE);
                part.setAdvanced(false);
            }
            try {
                parts.add(build(part));
            }
            catch (ConditionProblem e) {
                throw e.within("parts[" + i + "]");
            }
        }
        return parts;
    }

    private static Condition question(ConditionRow row) {
        Field field = row.chosenField();
        if (field == null) {
            throw new ConditionProblem("field", "condition.problem.field");
        }
        Object question = new DefaultMessageSourceResolvable("condition.field." + field.key());
        Operator operator = QuestionChoices.operatorsFor(field)
            .stream()
            .filter(o -> o.name().equals(row.getOperator()))
            .findFirst()
            .orElseThrow(() -> new ConditionProblem("operator", "condition.problem.operator", question));
        List<String> values = new ArrayList<>();
        if (field.kind() == Field.Kind.NUMBER && operator.maxValues() > 0) {
            int[] range = QuestionChoices.range(field);
            values.add(number(row.getNumber(), "number", question, range));
            if (operator == Operator.BETWEEN) {
                values.add(number(row.getUpTo(), "upTo", question, range));
                if (Integer.parseInt(values.get(1)) < Integer.parseInt(values.get(0))) {
                    throw new ConditionProblem("upTo", "condition.problem.upTo");
                }
            }
        }
        else if (operator.maxValues() > 0) {
            row.getAnswers().stream().filter(field.allowedValues()::contains).distinct().forEach(values::add);
            if (values.isEmpty()) {
                throw new ConditionProblem("answers", "condition.problem.answers", question);
            }
        }
        if (operator == Operator.IN && values.size() == 1) {
            operator = Operator.EQUALS;
        }
        return new FieldCondition(field, operator, values);
    }

    private static String number(String text, String property, Object question, int[] range) {
        Integer value = whole(text);
        if (value == null || value < range[0] || value > range[1]) {
            throw new ConditionProblem(property, "condition.problem.number", question, range[0], range[1]);
        }
        return value.toString();
    }

    static Integer whole(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        }
        catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Rejects, next to its input, each problem of each row.
     * @param path the rows' property path, e.g. {@code pattern}; each row's condition is
     * {@code path[i].condition}
     */
    static void check(List<ConditionRow> rows, String path, boolean optional, Errors errors) {
        for (int i = 0; i < rows.size(); i++) {
            check(rows.get(i), path + "[" + i + "].condition", optional, errors);
        }
    }

    /** Rejects, next to its input, what stops one condition being one. */
    static void check(ConditionRow row, String path, boolean optional, Errors errors) {
        ConditionButtons.settle(row);
        if (!optional && !row.isAdvanced() && row.getKind() == ConditionRow.Kind.NONE) {
            errors.rejectValue(path + ".kind", "condition.problem.kind");
            return;
        }
        try {
            Condition condition = build(row);
            if (condition != null && ConditionJson.format(condition).length() > TextLimits.CONDITION) {
                errors.rejectValue(path + ".kind", "condition.problem.tooLong");
            }
        }
        catch (ConditionProblem e) {
            errors.rejectValue(path + "." + e.property(), e.code(), e.arguments(), e.code());
        }
        catch (InvalidRuleException e) {
            errors.rejectValue(path + ".json", "condition.invalid", new Object[] { e.getMessage() }, e.getMessage());
        }
    }

}
