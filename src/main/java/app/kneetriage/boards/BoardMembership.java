package app.kneetriage.boards;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A runner on a board: the share token sealed under the board key (see
 * {@link BoardSecrets}), and a keyed hash of it by which the runner's own changes find
 * the row.
 */
@Entity
@Table(name = "board_membership")
class BoardMembership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long boardId;

    private String tokenMac;

    private byte[] sealedToken;

    private Instant joinedAt;

    protected BoardMembership() {
    }

    BoardMembership(long boardId, String tokenMac, byte[] sealedToken, Instant joinedAt) {
        this.boardId = boardId;
        this.tokenMac = tokenMac;
        this.sealedToken = sealedToken;
        this.joinedAt = joinedAt;
    }

    Long getId() {
        return id;
    }

    Long getBoardId() {
        return boardId;
    }

    String getTokenMac() {
        return tokenMac;
    }

    byte[] getSealedToken() {
        return sealedToken;
    }

}
