package app.kneetriage.api;

/** The result was shared once but is not any more (revoked, expired or deleted). */
class ResultGoneException extends RuntimeException {

    ResultGoneException() {
        super("This result is no longer shared");
    }

}
