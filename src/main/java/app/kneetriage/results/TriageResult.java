package app.kneetriage.results;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A stored result: the answers and the outcome as JSON snapshots, reachable by its token.
 */
@Entity
@Table(name = "triage_result")
class TriageResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String token;

    private Instant createdAt;

    private String answers;

    private String outcome;

    private String manageKeyHash;

    private Instant expiresAt;

    private Instant revokedAt;

    protected TriageResult() {
    }

    TriageResult(String token, Instant createdAt, String answers, String outcome, String manageKeyHash,
            Instant expiresAt) {
        this.token = token;
        this.createdAt = createdAt;
        this.answers = answers;
        this.outcome = outcome;
        this.manageKeyHash = manageKeyHash;
        this.expiresAt = expiresAt;
    }

    Long getId() {
        return id;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    SharingStatus sharingStatus(Instant now) {
        if (revokedAt != null) {
            return SharingStatus.REVOKED;
        }
        if (expiresAt != null && !now.isBefore(expiresAt)) {
            return SharingStatus.EXPIRED;
        }
        return SharingStatus.SHARED;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    void shareAgain() {
        revokedAt = null;
    }

    void expireAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
    }

    String getToken() {
        return token;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getAnswers() {
        return answers;
    }

    String getOutcome() {
        return outcome;
    }

}
