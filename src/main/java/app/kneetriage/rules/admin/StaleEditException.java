package app.kneetriage.rules.admin;

/** Someone else saved the same item since this copy was opened. */
class StaleEditException extends RuntimeException {

    StaleEditException() {
        super("changed by someone else");
    }
}
