package app.kneetriage.api;

import java.util.List;

import app.kneetriage.boards.JoinableBoard;

/**
 * The boards a runner's share link is on, by name, each with the id that leaving it
 * names.
 */
record RunnerBoardsDocument(List<OnBoardDocument> boards) {

    static RunnerBoardsDocument of(List<JoinableBoard> boards) {
        return new RunnerBoardsDocument(
                boards.stream().map(board -> new OnBoardDocument(board.id(), board.name())).toList());
    }

    record OnBoardDocument(long id, String name) {
    }

}
