package app.kneetriage.ruleadmin.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import app.kneetriage.rules.AllOf;
import app.kneetriage.rules.AnswerLimits;
import app.kneetriage.rules.AnyOf;
import app.kneetriage.rules.AtLeastOf;
import app.kneetriage.rules.Condition;
import app.kneetriage.rules.Field;
import app.kneetriage.rules.FieldCondition;
import app.kneetriage.rules.InvalidRuleException;
import app.kneetriage.rules.Operator;
import app.kneetriage.rules.content.ConditionJson;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.BeansException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * Turns what an admin picked in the condition builder into the engine's condition, with
 * each problem said next to its input, and carries out the builder's buttons (add a part,
 * remove one, show the choices of a newly picked question) without JavaScript.
 */
final class ConditionBuilder {

    /** The builder's buttons all post {@code builder=<action>}. */
    static final String PARAMETER = "builder";

    private static final Pattern PATH = Pattern.compile("[a-zA-Z]+(\\[\\d{1,3}])?(\\.[a-zA-Z]+(\\[\\d{1,3}])?){0,8}");

    private static final Map<Field.Kind, List<Operator>> OPERATORS = Map.of(Field.Kind.CHOICE, List.of(Operator.IN),
            Field.Kind.CHOICES,
            List.of(Operator.CONTAINS_ANY, Operator.CONTAINS_ALL, Operator.CONTAINS_NONE, Operator.NOT_EMPTY,
                    Operator.IS_EMPTY),
            Field.Kind.NUMBER, List.of(Operator.AT_LEAST, Operator.AT_MOST, Operator.GREATER_THAN, Operator.LESS_THAN,
                    Operator.EQUALS, Operator.BETWEEN),
            Field.Kind.FLAG, List.of(Operator.IS_TRUE, Operator.IS_FALSE));

    private ConditionBuilder() {
    }

    /** The comparisons the builder offers for a question, most used first. */
    static List<Operator> operatorsFor(Field field) {
        return OPERATORS.get(field.kind());
    }

    /** The answers a number question accepts: the same limits as the runner's form. */
    static int[] range(Field field) {
        return switch (field) {
            case PAIN_SCORE -> new int[] { AnswerLimits.MIN_PAIN_SCORE, AnswerLimits.MAX_PAIN_SCORE };
            case DURATION_DAYS -> new int[] { 0, AnswerLimits.MAX_DURATION_DAYS };
            case WEEKLY_DISTANCE_CHANGE_PERCENT -> new int[] { AnswerLimits.MIN_WEEKLY_DISTANCE_CHANGE_PERCENT,
                    AnswerLimits.MAX_WEEKLY_DISTANCE_CHANGE_PERCENT };
            case SHOE_DISTANCE_KM -> new int[] { 0, AnswerLimits.MAX_SHOE_DISTANCE_KM };
            case CADENCE_SPM -> new int[] { AnswerLimits.MIN_CADENCE_SPM, AnswerLimits.MAX_CADENCE_SPM };
            case REST_DAYS_PER_WEEK -> new int[] { 0, AnswerLimits.MAX_REST_DAYS_PER_WEEK };
            case AGE -> new int[] { AnswerLimits.MIN_AGE, AnswerLimits.MAX_AGE };
            default -> new int[0];
        };
    }

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
        Operator operator = operatorsFor(field).stream()
            .filter(o -> o.name().equals(row.getOperator()))
            .findFirst()
            .orElseThrow(() -> new ConditionProblem("operator", "condition.problem.operator", question));
        List<String> values = new ArrayList<>();
        if (field.kind() == Field.Kind.NUMBER) {
            int[] range = range(field);
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

    private static Integer whole(String text) {
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
        settle(row);
        if (!optional && !row.isAdvanced() && row.getKind() == ConditionRow.Kind.NONE) {
            errors.rejectValue(path + ".kind", "condition.problem.kind");
            return;
        }
        try {
            build(row);
        }
        catch (ConditionProblem e) {
            errors.rejectValue(path + "." + e.property(), e.code(), e.arguments(), e.code());
        }
        catch (InvalidRuleException e) {
            errors.rejectValue(path + ".json", "condition.invalid", new Object[] { e.getMessage() }, e.getMessage());
        }
    }

    /**
     * Carries out one builder button on a form and brings every row up to date with what
     * was picked (a new question's comparisons, a group's first part, the JSON of a row
     * switched to the advanced form).
     * @param action {@code refresh}, {@code add:<path of a group>} or
     * {@code remove:<path of a group>:<index>}
     * @return the path of the condition the button belongs to, so its item stays open
     */
    static String act(Object form, List<ConditionRow> rows, String action) {
        String[] words = action == null ? new String[0] : action.split(":");
        if (words.length >= 2 && row(form, words[1]) instanceof ConditionRow group && group.getKind().isGroup()) {
            if (words[0].equals("add") && group.getParts().size() < 20) {
                group.getParts().add(new ConditionRow());
            }
            else if (words[0].equals("remove") && words.length == 3) {
                int index = whole(words[2]) == null ? -1 : whole(words[2]);
                if (index >= 0 && index < group.getParts().size()) {
                    group.getParts().remove(index);
                }
            }
        }
        rows.forEach(row -> refresh(row, 0));
        return words.length >= 2 && PATH.matcher(words[1]).matches() ? words[1] : null;
    }

    private static Object row(Object form, String path) {
        if (!PATH.matcher(path).matches()) {
            return null;
        }
        try {
            return new BeanWrapperImpl(form).getPropertyValue(path);
        }
        catch (BeansException e) {
            return null;
        }
    }

    private static void refresh(ConditionRow row, int depth) {
        if (row.isAdvanced()) {
            if (row.getJson() == null || row.getJson().isBlank()) {
                row.setJson(formatted(row));
            }
            return;
        }
        settle(row);
        if (row.isAdvanced()) {
            return;
        }
        if (row.getKind().isGroup()) {
            if (depth + 1 >= ConditionRow.BUILDER_DEPTH) {
                row.getParts().forEach(part -> part.setKind(ConditionRow.Kind.ONE));
            }
            if (row.getParts().isEmpty()) {
                row.getParts().add(new ConditionRow());
            }
            row.getParts().forEach(part -> refresh(part, depth + 1));
        }
        else if (row.chosenField() != null) {
            row.setOperator(row.chosenOperator().name());
        }
    }

    /**
     * A row switched back from the advanced form: the builder takes over what it can
     * hold, and a condition too deep for it stays JSON.
     */
    static void settle(ConditionRow row) {
        if (!row.isAdvanced() && row.getJson() != null && !row.getJson().isBlank()) {
            fromJson(row);
        }
    }

    /**
     * The JSON of what the builder held when the row was switched to the advanced form.
     */
    private static String formatted(ConditionRow row) {
        row.setAdvanced(false);
        try {
            Condition condition = build(row);
            return condition == null ? null : ConditionJson.format(condition);
        }
        catch (InvalidRuleException e) {
            return null;
        }
        finally {
            row.setAdvanced(true);
        }
    }

    private static void fromJson(ConditionRow row) {
        try {
            Condition condition = ConditionJson.parse(row.getJson());
            if (ConditionRow.depth(condition) <= ConditionRow.BUILDER_DEPTH) {
                ConditionRow built = ConditionRow.of(condition);
                row.setKind(built.getKind());
                row.setField(built.getField());
                row.setOperator(built.getOperator());
                row.setAnswers(built.getAnswers());
                row.setNumber(built.getNumber());
                row.setUpTo(built.getUpTo());
                row.setCount(built.getCount());
                row.setParts(built.getParts());
                row.setJson(null);
                return;
            }
        }
        catch (InvalidRuleException e) {
            // kept as typed; the check says what is wrong with it
        }
        row.setAdvanced(true);
    }

}
