package app.kneetriage.ruleadmin.editing;

import java.util.List;
import java.util.regex.Pattern;

import app.kneetriage.rules.Condition;
import app.kneetriage.rules.InvalidRuleException;
import app.kneetriage.rules.content.ConditionJson;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.BeansException;

/**
 * The condition builder's buttons, which work without JavaScript: add a part to a group,
 * remove one, show the choices of a newly picked question, switch to and from the JSON
 * form. Each posts the whole form with {@code builder=<action>} and nothing is saved.
 */
final class ConditionButtons {

    /** The builder's buttons all post {@code builder=<action>}. */
    static final String PARAMETER = "builder";

    /** A property path into a form: {@code pattern[0].condition.parts[1]}. */
    private static final Pattern PATH = Pattern.compile("[a-zA-Z]+(\\[\\d{1,3}])?(\\.[a-zA-Z]+(\\[\\d{1,3}])?){0,8}");

    private ConditionButtons() {
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
                int index = ConditionBuilder.whole(words[2]) == null ? -1 : ConditionBuilder.whole(words[2]);
                if (index >= 0 && index < group.getParts().size()) {
                    group.getParts().remove(index);
                }
            }
        }
        rows.forEach(row -> refresh(row, 0));
        return words.length >= 2 && row(form, words[1]) instanceof ConditionRow ? words[1] : null;
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
            Condition condition = ConditionBuilder.build(row);
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
            if (ConditionBuilder.depth(condition) <= ConditionRow.BUILDER_DEPTH) {
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
