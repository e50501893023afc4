package app.kneetriage.results;

/**
 * A return to running that cannot start or go on: the result says not to run, has no
 * return-to-run table, already has one, or the session named does not exist.
 */
public class ProgrammeRefusedException extends RuntimeException {

    private final String messageKey;

    ProgrammeRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** The message that explains it, for the page or the problem document. */
    public String messageKey() {
        return messageKey;
    }

}
