package app.kneetriage.rules;

/**
 * One week of the return-to-run protocol; the last week's text covers the weeks after it.
 */
public record ReturnStep(int week, String description) {

    public ReturnStep {
        if (week < 1 || week > TextLimits.MAX_WEEK) {
            throw new InvalidRuleException("a return-to-run week is from 1 to " + TextLimits.MAX_WEEK);
        }
        description = Texts.required(description, "a return-to-run description", TextLimits.RETURN_STEP);
    }
}
