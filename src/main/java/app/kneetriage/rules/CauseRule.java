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
 * @param listOnlyWhen when this does not match, the cause is not considered at all (a
 * cause named after a place is listed only for that place); {@code null}: always
 * considered
 * @param rankFirstPriority which of several causes that rank first by rule comes first:
 * the lowest number; {@code null} after every numbered one
 * @param planOnlyWhenFirst the cause adds its exercises and advice to a plan only when it
 * comes first (a plan that must stand alone, such as bone stress: listed lower down, its
 * "no running until examined" advice would contradict the page)
 */
public record CauseRule(String code, String name, String explanation, List<PatternItem> pattern,
        Condition rankFirstWhen, List<String> exerciseCodes, Condition listWhenWeak, boolean planAlone,
        Condition listOnlyWhen, Integer rankFirstPriority, boolean planOnlyWhenFirst) {

    /** The most a rank-first priority may be. */
    public static final int MAX_PRIORITY = 100;

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
        if (rankFirstPriority != null && (rankFirstPriority < 1 || rankFirstPriority > MAX_PRIORITY)) {
            throw new InvalidRuleException("a rank-first priority is a whole number from 1 to " + MAX_PRIORITY);
        }
    }

    /** A cause as version 2 of the contract knew it: considered for every answer. */
    public CauseRule(String code, String name, String explanation, List<PatternItem> pattern, Condition rankFirstWhen,
            List<String> exerciseCodes, Condition listWhenWeak, boolean planAlone) {
        this(code, name, explanation, pattern, rankFirstWhen, exerciseCodes, listWhenWeak, planAlone, null, null,
                false);
    }

    /** A cause as version 1 of the contract knew it: listed whenever it scores. */
    public CauseRule(String code, String name, String explanation, List<PatternItem> pattern, Condition rankFirstWhen,
            List<String> exerciseCodes) {
        this(code, name, explanation, pattern, rankFirstWhen, exerciseCodes, Condition.ALWAYS, false, null, null,
                false);
    }

    int totalWeight() {
        int total = 0;
        for (PatternItem item : pattern) {
            total += item.weight();
        }
        return total;
    }
}
