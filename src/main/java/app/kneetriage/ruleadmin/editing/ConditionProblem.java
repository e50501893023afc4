package app.kneetriage.ruleadmin.editing;

import app.kneetriage.rules.InvalidRuleException;

/**
 * Why a condition built in the builder is not yet a condition, said against the input
 * that needs fixing so the message can sit next to it.
 */
class ConditionProblem extends InvalidRuleException {

    private final String property;

    private final String code;

    private final transient Object[] arguments;

    /**
     * @param property the input, relative to the row: {@code number},
     * {@code parts[1].answers}
     * @param code the message that says what to do
     */
    ConditionProblem(String property, String code, Object... arguments) {
        super(code);
        this.property = property;
        this.code = code;
        this.arguments = arguments;
    }

    ConditionProblem within(String parent) {
        return new ConditionProblem(parent + "." + property, code, arguments);
    }

    String property() {
        return property;
    }

    String code() {
        return code;
    }

    Object[] arguments() {
        return arguments.clone();
    }

}
