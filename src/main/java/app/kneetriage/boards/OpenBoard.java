package app.kneetriage.boards;

import java.util.List;

/**
 * A board as its key opens it.
 *
 * @param joinCode as the coach reads it out: {@code ABCD-EFGH}
 * @param rows most in need first
 */
public record OpenBoard(String name, String joinCode, List<BoardRow> rows) {

    public OpenBoard {
        rows = List.copyOf(rows);
    }

}
