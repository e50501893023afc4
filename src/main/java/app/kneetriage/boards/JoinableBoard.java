package app.kneetriage.boards;

/** A board as a runner sees it: its name only. */
public record JoinableBoard(long id, String name) {
}
