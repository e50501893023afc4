package app.kneetriage.boards;

import java.util.List;
import java.util.Optional;

import app.kneetriage.results.ManagedResult;
import app.kneetriage.results.ResultPagePart;
import app.kneetriage.results.SharedLookup;
import app.kneetriage.results.SharingStatus;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The runner's card on the manage page: join a coach's board with its code, and see and
 * leave the boards the share link is on. A coach's page shows nothing of boards.
 */
// After the tracker: joining a board is a one-off step.
@Component
@Order(2)
class BoardPageParts implements ResultPagePart {

    private final Boards boards;

    BoardPageParts(Boards boards) {
        this.boards = boards;
    }

    @Override
    public Optional<Shown> forCoach(SharedLookup shared) {
        return Optional.empty();
    }

    /** A result whose link moved on has no link to put on a board: the new result has. */
    @Override
    public Optional<Shown> forRunner(ManagedResult managed, String manageKey) {
        if (managed.status() == SharingStatus.MOVED) {
            return Optional.empty();
        }
        return Optional.of(new Shown("boards/board-parts", "runner",
                new ForRunner(boards.boardsOf(managed), managed.status() == SharingStatus.SHARED, manageKey), false));
    }

    /**
     * @param canJoin whether the share link works, which joining needs
     */
    record ForRunner(List<JoinableBoard> boards, boolean canJoin, String manageKey) {
    }

}
