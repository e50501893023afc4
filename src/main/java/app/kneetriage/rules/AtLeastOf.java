package app.kneetriage.rules;

import java.util.List;

/**
 * Matches when at least {@code count} of its conditions match ("two or more load
 * signals").
 */
public record AtLeastOf(int count, List<Condition> conditions) implements Condition {

    public AtLeastOf {
        conditions = Conditions.copyOf(conditions);
        if (count < 1 || count > conditions.size()) {
            throw new InvalidRuleException(
                    "'at least' needs a count from 1 to the number of its conditions (" + conditions.size() + ")");
        }
    }

    @Override
    public boolean matches(Answers answers) {
        int matched = 0;
        for (Condition condition : conditions) {
            if (condition.matches(answers) && ++matched >= count) {
                return true;
            }
        }
        return matched >= count;
    }
}
