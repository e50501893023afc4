package app.kneetriage.api;

/**
 * A new board, with the secrets shown this once: the board key (the only way back to the
 * board; kept only as a hash) and the join code for the runners.
 *
 * @param boardUrl the coach's page of the board
 */
record NewBoardDocument(String boardKey, String joinCode, String boardName, String boardUrl) {
}
