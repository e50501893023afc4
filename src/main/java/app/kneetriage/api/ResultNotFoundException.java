package app.kneetriage.api;

/** No result answers to a token. */
class ResultNotFoundException extends RuntimeException {

    ResultNotFoundException() {
        super("No result for this link");
    }

}
