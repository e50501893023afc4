package app.kneetriage.boards;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A board's name as the coach types it, to create or rename a board. */
class BoardForm {

    /** The longest board name. */
    static final int NAME_MAX = Boards.NAME_MAX;

    @NotBlank
    @Size(max = NAME_MAX)
    @Pattern(regexp = Boards.NAME_CHARACTERS)
    private String boardName;

    public String getBoardName() {
        return boardName;
    }

    /** Spaces around the name are never part of it. */
    public void setBoardName(String boardName) {
        this.boardName = boardName == null ? null : boardName.strip();
    }

}
