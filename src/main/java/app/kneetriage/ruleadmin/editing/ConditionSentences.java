package app.kneetriage.ruleadmin.editing;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import app.kneetriage.rules.AllOf;
import app.kneetriage.rules.AnyOf;
import app.kneetriage.rules.AtLeastOf;
import app.kneetriage.rules.Condition;
import app.kneetriage.rules.Field;
import app.kneetriage.rules.FieldCondition;
import app.kneetriage.rules.InvalidRuleException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A condition as one sentence a physiotherapist reads without knowing the rule format:
 * "Pain score at least 8", "Where it hurts most is “Behind the knee” or “Deep inside the
 * joint, hard to point to”". Questions and answers use the runner's form texts, so the
 * sentence says what the runner saw. Templates call it as {@code @conditionSentences}.
 */
@Component("conditionSentences")
public class ConditionSentences {

    private final MessageSource messages;

    public ConditionSentences(MessageSource messages) {
        this.messages = messages;
    }

    /** What an empty optional condition means. */
    public String always() {
        return text("condition.sentence.always");
    }

    public String of(Condition condition) {
        return describe(condition, false);
    }

    /**
     * The sentence of a row as entered, or null when it is blank or not yet a valid
     * condition (its own error says why).
     */
    public String of(ConditionRow row) {
        if (row == null || row.isBlank()) {
            return null;
        }
        try {
            return of(row.toCondition());
        }
        catch (InvalidRuleException e) {
            return null;
        }
    }

    private String describe(Condition condition, boolean nested) {
        if (condition instanceof FieldCondition leaf) {
            return leaf(leaf);
        }
        String group;
        if (condition instanceof AllOf all && all.conditions().isEmpty()) {
            return always();
        }
        if (condition instanceof AllOf all) {
            group = text("condition.sentence.all", parts(all.conditions()));
        }
        else if (condition instanceof AnyOf any) {
            group = text("condition.sentence.any", parts(any.conditions()));
        }
        else {
            AtLeastOf atLeast = (AtLeastOf) condition;
            group = text("condition.sentence.atLeast", atLeast.count(), parts(atLeast.conditions()));
        }
        return nested ? "(" + group + ")" : group;
    }

    private String parts(List<Condition> conditions) {
        return conditions.stream().map(c -> describe(c, true)).collect(Collectors.joining("; "));
    }

    private String leaf(FieldCondition condition) {
        Field field = condition.field();
        String question = text("condition.field." + field.key());
        List<String> values = condition.values();
        if (field.kind() == Field.Kind.CHOICE || field.kind() == Field.Kind.CHOICES) {
            String answers = "answer." + field.key() + ".";
            values = values.stream().map(v -> "\u201C" + text(answers + v) + "\u201D").toList();
        }
        String joiner = text("condition.sentence.join." + condition.operator());
        return text("condition.operator." + condition.operator(), question, String.join(joiner, values));
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, Locale.ENGLISH);
    }

}
