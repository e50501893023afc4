package app.kneetriage.rules;

/**
 * A piece of rule content that the engine could not evaluate; thrown when it is built.
 */
public class InvalidRuleException extends RuntimeException {

    public InvalidRuleException(String message) {
        super(message);
    }

}
