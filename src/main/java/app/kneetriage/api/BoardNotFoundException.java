package app.kneetriage.api;

/**
 * No board answers to a key, however the key is wrong (malformed, unknown or deleted), or
 * the result is not on the board named: answered 404.
 */
class BoardNotFoundException extends RuntimeException {

    private final String messageKey;

    private BoardNotFoundException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    static BoardNotFoundException noSuchBoard() {
        return new BoardNotFoundException("api.problem.boardNotFound");
    }

    static BoardNotFoundException notOnBoard() {
        return new BoardNotFoundException("api.problem.notOnBoard");
    }

    /** The prefix of the problem's title and detail keys. */
    String messageKey() {
        return messageKey;
    }

}
