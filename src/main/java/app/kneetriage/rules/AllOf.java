package app.kneetriage.rules;

import java.util.List;

/** Matches when every one of its conditions matches; with none, it always matches. */
public record AllOf(List<Condition> conditions) implements Condition {

    public AllOf {
        conditions = Conditions.copyOf(conditions);
    }

    @Override
    public boolean matches(Answers answers) {
        for (Condition condition : conditions) {
            if (!condition.matches(answers)) {
                return false;
            }
        }
        return true;
    }
}
