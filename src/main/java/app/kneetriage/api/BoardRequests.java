package app.kneetriage.api;

import app.kneetriage.boards.Boards;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The bodies of the coaches' board requests. */
final class BoardRequests {

    private BoardRequests() {
    }

    /**
     * A new board: its name, without the spaces around it, as the page's form takes it.
     */
    record NewBoardRequest(@JsonDeserialize(using = TextOnly.class) @NotBlank @Size(max = Boards.NAME_MAX) @Pattern(
            regexp = Boards.NAME_CHARACTERS) String boardName) {

        NewBoardRequest {
            boardName = boardName == null ? null : boardName.strip();
        }

    }

    /**
     * The join code a coach gave the runner, typed in any case, with or without the dash
     * and spaces.
     */
    record JoinRequest(@JsonDeserialize(using = TextOnly.class) @NotBlank String joinCode) {
    }

}
