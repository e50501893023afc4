package app.kneetriage.api;

import app.kneetriage.boards.Boards;
import app.kneetriage.boards.Joining;
import app.kneetriage.boards.NewBoard;
import app.kneetriage.results.ManagedResult;
import app.kneetriage.results.ResultService;
import app.kneetriage.results.ShareLinks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Coaches' boards over JSON: a coach creates a board and reads its rows with the board
 * key; a runner joins with the coach's join code, lists and leaves boards with the manage
 * key, as on the manage page. A wrong board key, however it is wrong, is a 404 that says
 * nothing more.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Coaches' boards",
        description = "A board lists the runners who joined it with its code, as their share links show them")
class BoardApiController {

    /** A board's id as the list of a result's boards gives it. */
    private static final String BOARD_ID = "[1-9][0-9]{0,17}";

    private final Boards boards;

    private final ResultService results;

    private final ShareLinks links;

    BoardApiController(Boards boards, ResultService results, ShareLinks links) {
        this.boards = boards;
        this.results = results;
        this.links = links;
    }

    @Operation(summary = "Create a coach's board",
            description = "boardName: 1 to " + Boards.NAME_MAX + " characters, trimmed. The answer carries the"
                    + " board key, this once: it is kept only as a hash and is the only way back to the board.")
    @ApiResponse(responseCode = "201", description = "The board key, the join code for runners and the board's link")
    @ApiResponse(responseCode = "400", description = "No name, or a name too long (boardName)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "429", description = "Too many new boards and results from this address",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @PostMapping(path = "/boards", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<NewBoardDocument> create(@Valid @RequestBody BoardRequests.NewBoardRequest request) {
        NewBoard board = boards.create(request.boardName());
        return ResponseEntity.created(ApiLocations.path("/api/v1/boards/{boardKey}", board.boardKey()))
            .body(new NewBoardDocument(board.boardKey(), board.joinCode(), request.boardName(),
                    links.link("/b/{boardKey}", board.boardKey())));
    }

    @Operation(summary = "A board's runners, most in need of attention first",
            description = "Each row holds what the runner's share link shows: the latest check, the return to"
                    + " running if tracked, and the flags a coach should notice (STOPPED, STEPPED_BACK, PAIN_RISING,"
                    + " NO_RECENT_RUN, LINK_ENDING). Runners whose link expired are left out until it works again.")
    @ApiResponse(responseCode = "200", description = "The board")
    @ApiResponse(responseCode = "404", description = "No board has this key (or it was deleted)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @GetMapping("/boards/{boardKey}")
    BoardDocument board(@PathVariable String boardKey) {
        return boards.open(boardKey).map(BoardDocument::of).orElseThrow(BoardNotFoundException::noSuchBoard);
    }

    @Operation(summary = "Put the result's share link on a coach's board (manage key in X-Manage-Key)",
            description = "joinCode: the code the coach gave, in any case, with or without the dash. The coach then"
                    + " sees what the share link shows, until the runner leaves or turns the link off.")
    @ApiResponse(responseCode = "201", description = "Joined: the boards the result is on")
    @ApiResponse(responseCode = "200", description = "Already on that board: the boards the result is on")
    @ApiResponse(responseCode = "400", description = "No board has this code (joinCode)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "404", description = "No such result, or not its manage key",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "409",
            description = "The board is full (reason FULL) or the share link is off (reason NOT_SHARED)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "429", description = "Too many join codes tried from this address; see Retry-After",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @PostMapping(path = "/results/{token}/boards", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RunnerBoardsDocument> join(@PathVariable String token,
            @RequestHeader(name = TriageApiController.MANAGE_KEY_HEADER, required = false) String key,
            @Valid @RequestBody BoardRequests.JoinRequest request) {
        ManagedResult managed = ManagedResults.orNotFound(results, token, key);
        Joining joining = boards.join(managed, request.joinCode());
        switch (joining) {
            case NO_SUCH_BOARD -> throw new BadParameterException("joinCode", "boards.join.problem.noSuchBoard");
            case FULL, NOT_SHARED -> throw new JoinRefusedException(joining);
            case JOINED, ALREADY_ON -> {
                // answered below
            }
        }
        RunnerBoardsDocument onBoards = RunnerBoardsDocument.of(boards.boardsOf(managed));
        return joining == Joining.JOINED
                ? ResponseEntity.created(ApiLocations.path("/api/v1/results/{token}/boards", token)).body(onBoards)
                : ResponseEntity.ok(onBoards);
    }

    @Operation(summary = "The boards the result's share link is on (manage key in X-Manage-Key)")
    @ApiResponse(responseCode = "200", description = "The boards, by name, each with the id that leaving names")
    @ApiResponse(responseCode = "404", description = "No such result, or not its manage key",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @GetMapping("/results/{token}/boards")
    RunnerBoardsDocument boardsOf(@PathVariable String token,
            @RequestHeader(name = TriageApiController.MANAGE_KEY_HEADER, required = false) String key) {
        return RunnerBoardsDocument.of(boards.boardsOf(ManagedResults.orNotFound(results, token, key)));
    }

    @Operation(summary = "Take the result's share link off a board (manage key in X-Manage-Key)")
    @ApiResponse(responseCode = "204", description = "Left the board")
    @ApiResponse(responseCode = "400", description = "No board id, or not a board id (board)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "404",
            description = "No such result, not its manage key, or the result is not on that board",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @DeleteMapping("/results/{token}/boards")
    ResponseEntity<Void> leave(@PathVariable String token,
            @RequestHeader(name = TriageApiController.MANAGE_KEY_HEADER, required = false) String key,
            @Parameter(description = "the board's id, as the list of the result's boards gives it") @RequestParam(
                    name = "board", required = false) String board) {
        if (board == null || !board.matches(BOARD_ID)) {
            throw new BadParameterException("board", "api.board.invalid");
        }
        if (!boards.leave(ManagedResults.orNotFound(results, token, key), Long.parseLong(board))) {
            throw BoardNotFoundException.notOnBoard();
        }
        return ResponseEntity.noContent().build();
    }

}
