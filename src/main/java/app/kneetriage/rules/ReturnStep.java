package app.kneetriage.rules;

/**
 * One week of the return-to-run protocol; the last week's text covers the weeks after it.
 */
public record ReturnStep(int week, String description) {

    public ReturnStep {
        if (week < 1 || week > 52) {
            throw new InvalidRuleException("a return-to-run week is from 1 to 52");
        }
        description = Texts.required(description, "a return-to-run description");
    }
}
