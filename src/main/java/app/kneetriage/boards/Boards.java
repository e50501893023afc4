package app.kneetriage.boards;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import app.kneetriage.results.ManagedResult;
import app.kneetriage.results.ResultService;
import app.kneetriage.results.SharingStatus;
import app.kneetriage.results.Tokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Boards and who is on them. A coach reaches a board only with its key; a runner joins or
 * leaves only from their own manage page, and turning the share link off or deleting the
 * result takes them off every board in the same transaction. A re-run keeps them on: the
 * share token moves to the new result unchanged. Logs never name a key, a code or a
 * token.
 */
@Service
public class Boards {

    /** The most runners one board holds. */
    public static final int MAX_RUNNERS = 200;

    /** The longest board name, after trimming. */
    public static final int NAME_MAX = 60;

    /**
     * What a board name may hold: no control or invisible formatting characters (a NUL, a
     * line break, a right-to-left override), which could make the name a runner confirms
     * look unlike itself; the joiner of emoji sequences may stay.
     */
    public static final String NAME_CHARACTERS = "(?:[^\\p{Cc}\\p{Cf}]|\\x{200D})*";

    private static final Logger log = LoggerFactory.getLogger(Boards.class);

    private final CoachBoardRepository boards;

    private final BoardMembershipRepository memberships;

    private final BoardSecrets secrets;

    private final ResultService results;

    private final BoardRowReader rowReader;

    private final Clock clock;

    Boards(CoachBoardRepository boards, BoardMembershipRepository memberships, BoardSecrets secrets,
            ResultService results, BoardRowReader rowReader, Clock clock) {
        this.boards = boards;
        this.memberships = memberships;
        this.secrets = secrets;
        this.results = results;
        this.rowReader = rowReader;
        this.clock = clock;
    }

    @Transactional
    public NewBoard create(String name) {
        String boardKey = Tokens.newToken();
        String keyHash = Tokens.hash(boardKey);
        CoachBoard board = new CoachBoard(keyHash, secrets.newKeys(boardKey, keyHash), name, clock.instant());
        String joinCode = giveNewJoinCode(board, boardKey);
        boards.save(board);
        log.info("Board {} created", board.getId());
        return new NewBoard(boardKey, joinCode);
    }

    /** The board this key opens; anything else is not found, however it is wrong. */
    @Transactional(readOnly = true)
    Optional<CoachBoard> find(String boardKey) {
        return Tokens.isWellFormed(boardKey) ? boards.findByKeyHash(Tokens.hash(boardKey)) : Optional.empty();
    }

    @Transactional(readOnly = true)
    String joinCode(CoachBoard board, String boardKey) {
        return BoardSecrets.readable(secrets.openJoinCode(board, boardKey));
    }

    /** Whether this view may say to keep the board link private: only the first does. */
    @Transactional
    boolean showBoardLinkNoticeOnce(CoachBoard board) {
        return boards.markBoardLinkShown(board.getId()) == 1;
    }

    @Transactional
    void rename(CoachBoard board, String name) {
        // Locked, as a join and a delete do: a double click or a rename at the same
        // moment
        // waits its turn rather than failing on the row's version.
        CoachBoard stored = boards.findLockedById(board.getId()).orElseThrow(BoardGoneException::new);
        stored.rename(name);
    }

    /** The old code stops working at once. */
    @Transactional
    String newJoinCode(CoachBoard board, String boardKey) {
        CoachBoard stored = boards.findLockedById(board.getId()).orElseThrow(BoardGoneException::new);
        return giveNewJoinCode(stored, boardKey);
    }

    /** The board and every membership (ON DELETE CASCADE). */
    @Transactional
    void delete(CoachBoard board) {
        boards.findLockedById(board.getId()).ifPresent(boards::delete);
        log.info("Board {} deleted", board.getId());
    }

    /**
     * The runners whose share link still works, most in need first
     * ({@link BoardRowReader}, not in one transaction). Records the board's use at most
     * once a day, for the retention purge.
     */
    List<BoardRow> rows(CoachBoard board, String boardKey) {
        Instant now = clock.instant();
        if (board.useIsStale(now)) {
            boards.markUsed(board.getId(), now);
        }
        return rowReader.rows(board, boardKey);
    }

    /**
     * The board this key opens, with its join code and rows, as its page shows them: a
     * view like the page's, recorded as use. Not one transaction, as {@link #rows}.
     */
    public Optional<OpenBoard> open(String boardKey) {
        return find(boardKey)
            .map(board -> new OpenBoard(board.getName(), joinCode(board, boardKey), rows(board, boardKey)));
    }

    /**
     * Everyone on the board, also those hidden while their link has ended: they count
     * towards {@link #MAX_RUNNERS}.
     */
    int members(CoachBoard board) {
        return (int) memberships.countByBoardId(board.getId());
    }

    /** The board a runner's join code names, if any. */
    @Transactional(readOnly = true)
    public Optional<JoinableBoard> byJoinCode(String typed) {
        return BoardSecrets.normalised(typed)
            .flatMap(code -> boards.findByJoinCodeHash(secrets.joinCodeHash(code)))
            .map(board -> new JoinableBoard(board.getId(), board.getName()));
    }

    /**
     * Puts the runner's share link on the board the code names. Only a link that works
     * can join; a result whose link moved on has none.
     */
    @Transactional
    public Joining join(ManagedResult managed, String typedCode) {
        // The result's row locked and its sharing read again: a join racing "stop
        // sharing"
        // or a delete either goes first, and is undone by it, or sees it and joins
        // nothing.
        if (results.lockedStatus(managed) != SharingStatus.SHARED) {
            return Joining.NOT_SHARED;
        }
        Optional<JoinableBoard> named = byJoinCode(typedCode);
        if (named.isEmpty()) {
            return Joining.NO_SUCH_BOARD;
        }
        CoachBoard board = boards.findLockedById(named.get().id()).orElse(null);
        if (board == null) {
            return Joining.NO_SUCH_BOARD;
        }
        String token = managed.result().token();
        String tokenMac = secrets.tokenMac(token);
        if (memberships.findByBoardIdAndTokenMac(board.getId(), tokenMac).isPresent()) {
            return Joining.ALREADY_ON;
        }
        if (memberships.countByBoardId(board.getId()) >= MAX_RUNNERS) {
            return Joining.FULL;
        }
        memberships
            .save(new BoardMembership(board.getId(), tokenMac, secrets.sealToken(token, board), clock.instant()));
        return Joining.JOINED;
    }

    /** The boards this result's share link is on, by name. */
    @Transactional(readOnly = true)
    public List<JoinableBoard> boardsOf(ManagedResult managed) {
        List<Long> ids = memberships.findByTokenMac(secrets.tokenMac(managed.result().token()))
            .stream()
            .map(BoardMembership::getBoardId)
            .toList();
        return boards.findByIdIn(ids)
            .stream()
            .map(board -> new JoinableBoard(board.getId(), board.getName()))
            .sorted(Comparator.comparing(JoinableBoard::name, String.CASE_INSENSITIVE_ORDER))
            .toList();
    }

    /**
     * @return whether the runner was on that board
     */
    @Transactional
    public boolean leave(ManagedResult managed, long boardId) {
        Optional<BoardMembership> membership = memberships.findByBoardIdAndTokenMac(boardId,
                secrets.tokenMac(managed.result().token()));
        membership.ifPresent(memberships::delete);
        return membership.isPresent();
    }

    private String giveNewJoinCode(CoachBoard board, String boardKey) {
        String joinCode = BoardSecrets.newJoinCode();
        board.newJoinCode(secrets.joinCodeHash(joinCode), secrets.sealJoinCode(joinCode, boardKey, board.getKeyHash()));
        return BoardSecrets.readable(joinCode);
    }

}
