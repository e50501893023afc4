package app.kneetriage.rules;

/**
 * When {@code condition} matches, the answers need at least {@code level}; {@code reason}
 * says why.
 */
public record UrgencyRule(Urgency level, Condition condition, String reason) {

    public UrgencyRule {
        if (level == null || condition == null) {
            throw new InvalidRuleException("an urgency rule needs a level and a condition");
        }
        reason = Texts.required(reason, "an urgency reason", TextLimits.REASON);
    }
}
