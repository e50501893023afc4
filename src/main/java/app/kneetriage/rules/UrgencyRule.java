package app.kneetriage.rules;

import java.util.List;

/**
 * When {@code condition} matches, the answers need at least {@code level}; {@code reason}
 * says why, and where to go and how soon.
 *
 * @param whenCause the rule also needs this cause to come first, or to be listed with at
 * least {@code whenCauseFit}; {@code null}: the answers alone decide
 * @param whenCauseFit with {@code whenCause}: the weakest fit that is enough when the
 * cause does not come first; {@code null}: only when it comes first
 */
public record UrgencyRule(Urgency level, Condition condition, String reason, String whenCause, Fit whenCauseFit) {

    public UrgencyRule {
        if (level == null || condition == null) {
            throw new InvalidRuleException("an urgency rule needs a level and a condition");
        }
        reason = Texts.required(reason, "an urgency reason", TextLimits.REASON);
        whenCause = whenCause == null ? null : Codes.check(whenCause, "an urgency rule's cause code");
        if (whenCause == null && whenCauseFit != null) {
            throw new InvalidRuleException("an urgency rule's fit needs the cause it is about");
        }
    }

    /** A rule on the answers alone. */
    public UrgencyRule(Urgency level, Condition condition, String reason) {
        this(level, condition, reason, null, null);
    }

    /**
     * Whether the cause part holds for these listed causes, best first (true without a
     * cause part).
     */
    boolean causeHolds(List<RankedCause> listed) {
        if (whenCause == null) {
            return true;
        }
        for (int i = 0; i < listed.size(); i++) {
            RankedCause cause = listed.get(i);
            if (cause.code().equals(whenCause)) {
                return i == 0 || (whenCauseFit != null && cause.fit().compareTo(whenCauseFit) <= 0);
            }
        }
        return false;
    }
}
