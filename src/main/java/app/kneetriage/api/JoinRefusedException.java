package app.kneetriage.api;

import app.kneetriage.boards.Joining;

/** A join the board or the share link does not allow: answered 409 with the reason. */
class JoinRefusedException extends RuntimeException {

    private final Joining reason;

    JoinRefusedException(Joining reason) {
        super(reason.name());
        this.reason = reason;
    }

    Joining reason() {
        return reason;
    }

}
