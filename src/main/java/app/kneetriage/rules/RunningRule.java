package app.kneetriage.rules;

/**
 * When the running answer is {@code advice}: every given part must hold (the outcome's
 * urgency, the cause ranked first, a condition on the answers); a part left {@code null}
 * always holds. Rules are checked in order and the first that holds gives the answer.
 */
public record RunningRule(RunningAdvice advice, Urgency whenUrgency, String whenTopCause, Condition condition,
        String text) {

    public RunningRule {
        if (advice == null) {
            throw new InvalidRuleException("a running rule needs its answer (STOP, PAUSE or REDUCE)");
        }
        whenTopCause = whenTopCause == null ? null : Codes.check(whenTopCause, "a running rule's cause code");
        condition = condition == null ? Condition.ALWAYS : condition;
        text = Texts.required(text, "a running rule's text", TextLimits.RUNNING);
    }

    boolean holds(Urgency urgency, String topCause, Answers answers) {
        return (whenUrgency == null || whenUrgency == urgency)
                && (whenTopCause == null || whenTopCause.equals(topCause)) && condition.matches(answers);
    }

}
