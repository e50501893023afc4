package app.kneetriage.results;

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

    protected DeletedResult() {
    }

    DeletedResult(String tokenHash) {
        this.tokenHash = tokenHash;
    }

}
