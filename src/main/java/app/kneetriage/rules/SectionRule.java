package app.kneetriage.rules;

/**
 * A plan section shown only when the answers match, e.g. the first days' advice only for
 * a fresh problem. Sections without a rule are always shown (when they have advice).
 */
public record SectionRule(AdviceSection section, Condition condition) {

    public SectionRule {
        if (section == null || condition == null) {
            throw new InvalidRuleException("a section rule needs a section and a condition");
        }
    }

}
