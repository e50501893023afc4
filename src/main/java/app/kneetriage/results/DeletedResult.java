package app.kneetriage.results;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What is left of a deleted result: the hash of its token, so its link answers "gone".
 */
@Entity
@Table(name = "deleted_result")
class DeletedResult {

    @Id
    private String tokenHash;

    private Instant deletedAt;

    protected DeletedResult() {
    }

    DeletedResult(String tokenHash, Instant deletedAt) {
        this.tokenHash = tokenHash;
        this.deletedAt = deletedAt;
    }

}
