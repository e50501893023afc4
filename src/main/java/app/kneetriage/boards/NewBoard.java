package app.kneetriage.boards;

/**
 * A new board's secrets, each shown to the coach: the key only this once.
 *
 * @param joinCode as the coach reads it out: {@code ABCD-EFGH}
 */
public record NewBoard(String boardKey, String joinCode) {
}
