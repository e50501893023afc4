package app.kneetriage.rules.content;

/** A rule set is edited as a draft and frozen once published. */
public enum RuleSetStatus {

    DRAFT, PUBLISHED

}
