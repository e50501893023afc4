package app.kneetriage.rules;

import java.util.List;

/**
 * A likely cause and how to recognise it.
 *
 * @param code stable identifier, e.g. {@code PFPS}
 * @param pattern the weighted answers that support the cause
 * @param rankFirstWhen when this matches, the cause is ranked ahead of causes whose own
 * {@code rankFirstWhen} does not match; {@code null} for never
 * @param exerciseCodes the cause's exercises in priority order, the order the plan takes
 * them
 * @param listWhenWeak when this matches, the cause is listed even with a weak fit;
 * {@code null}: a weakly fitting cause is listed only when it ranks first
 * @param planAlone when this cause ranks first, the plan draws on it alone (no other
 * cause's exercises or advice)
 */
public record CauseRule(String code, String name, String explanation, List<PatternItem> pattern,
        Condition rankFirstWhen, List<String> exerciseCodes, Condition listWhenWeak, boolean planAlone) {

    public CauseRule {
        code = Codes.check(code, "a cause code");
        name = Texts.required(name, "a cause name", TextLimits.NAME);
        explanation = Texts.required(explanation, "a cause explanation", TextLimits.EXPLANATION);
        pattern = List.copyOf(pattern);
        if (pattern.isEmpty()) {
            throw new InvalidRuleException("cause " + code + " needs at least one pattern item");
        }
        exerciseCodes = List.copyOf(exerciseCodes);
        if (exerciseCodes.stream().distinct().count() < exerciseCodes.size()) {
            throw new InvalidRuleException("cause " + code + " lists an exercise twice");
        }
    }

    /** A cause as version 1 of the contract knew it: listed whenever it scores. */
    public CauseRule(String code, String name, String explanation, List<PatternItem> pattern, Condition rankFirstWhen,
            List<String> exerciseCodes) {
        this(code, name, explanation, pattern, rankFirstWhen, exerciseCodes, Condition.ALWAYS, false);
    }

    int totalWeight() {
        int total = 0;
        for (PatternItem item : pattern) {
            total += item.weight();
        }
        return total;
    }
}
