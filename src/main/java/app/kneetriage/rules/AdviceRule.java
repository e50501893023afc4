package app.kneetriage.rules;

/**
 * A piece of advice and when it applies.
 *
 * @param causeCode shown only when this cause is one the plan is built for; {@code null}
 * for any
 * @param condition shown only when the answers match it; {@link Condition#ALWAYS} for
 * always
 * @param whenUrgency shown only with this urgency; {@code null} for any
 */
public record AdviceRule(AdviceSection section, String causeCode, Condition condition, String text,
        Urgency whenUrgency) {

    public AdviceRule {
        if (section == null) {
            throw new InvalidRuleException("advice needs a section");
        }
        causeCode = causeCode == null ? null : Codes.check(causeCode, "an advice's cause code");
        condition = condition == null ? Condition.ALWAYS : condition;
        text = Texts.required(text, "an advice text", TextLimits.ADVICE);
    }

    /** Advice for any urgency. */
    public AdviceRule(AdviceSection section, String causeCode, Condition condition, String text) {
        this(section, causeCode, condition, text, null);
    }
}
