package app.kneetriage.rules.content;

/** Someone else saved the same item since this copy was opened. */
public class StaleEditException extends RuntimeException {

    public StaleEditException() {
        super("changed by someone else");
    }

}
