package app.kneetriage.boards;

/** What came of a runner's try to join a board with a code. */
public enum Joining {

    JOINED, ALREADY_ON, FULL, NO_SUCH_BOARD, NOT_SHARED

}
