package app.kneetriage.rules;

import java.util.List;
import java.util.Objects;

final class Conditions {

    private Conditions() {
    }

    static List<Condition> copyOf(List<Condition> conditions) {
        if (conditions == null || conditions.stream().anyMatch(Objects::isNull)) {
            throw new InvalidRuleException("a group of conditions cannot hold a missing condition");
        }
        return List.copyOf(conditions);
    }

}
