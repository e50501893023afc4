package app.kneetriage.rules;

import java.util.List;

/** Matches when at least one of its conditions matches. */
public record AnyOf(List<Condition> conditions) implements Condition {

    public AnyOf {
        conditions = Conditions.copyOf(conditions);
        if (conditions.isEmpty()) {
            throw new InvalidRuleException("'any' needs at least one condition");
        }
    }

    @Override
    public boolean matches(Answers answers) {
        for (Condition condition : conditions) {
            if (condition.matches(answers)) {
                return true;
            }
        }
        return false;
    }
}
