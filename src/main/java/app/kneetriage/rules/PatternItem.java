package app.kneetriage.rules;

/**
 * One piece of a cause's pattern: when its condition matches, its weight counts towards
 * the cause's score and its reason is shown to the runner ("why we think so").
 */
public record PatternItem(Condition condition, int weight, String reason) {

    public static final int MAX_WEIGHT = 100;

    public PatternItem {
        if (condition == null) {
            throw new InvalidRuleException("a pattern item needs a condition");
        }
        if (weight < 1 || weight > MAX_WEIGHT) {
            throw new InvalidRuleException("a weight is a whole number from 1 to " + MAX_WEIGHT);
        }
        reason = Texts.required(reason, "a reason", TextLimits.REASON);
    }
}
