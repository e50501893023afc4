package app.kneetriage.results;

/**
 * A return to running that cannot start or go on: the result says not to run, has no
 * return-to-run table, already has one, the pain at rest is too high to start, or the
 * session named does not exist.
 */
public class ProgrammeRefusedException extends RuntimeException {

    private final String messageKey;

    private final String field;

    ProgrammeRefusedException(String messageKey) {
        this(messageKey, null);
    }

    /** Refused because of one answer, which a problem document names. */
    ProgrammeRefusedException(String messageKey, String field) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
    }

    /** The answer that stands in the way, or {@code null}. */
    public String field() {
        return field;
    }

    /** The message that explains it, for the page or the problem document. */
    public String messageKey() {
        return messageKey;
    }

}
