package app.kneetriage.results;

import java.time.Instant;

import app.kneetriage.rules.Outcome;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A stored result, sealed: the answers, the outcome and the share token open only with
 * the share token or the manage key (see {@link ResultSealing}); both are kept as hashes.
 * Urgency, top cause and rules version stay readable for admins and counts; they say
 * nothing about who the runner is.
 */
@Entity
@Table(name = "triage_result")
class TriageResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String tokenHash;

    private Instant createdAt;

    private byte[] sealedData;

    private byte[] keyByShareToken;

    private byte[] keyByManageKey;

    private String manageKeyHash;

    private Instant expiresAt;

    private Instant revokedAt;

    private String urgency;

    private String topCauseCode;

    private Integer rulesVersion;

    private String chainId;

    private Instant shareLinkMovedAt;

    /** Set by {@link TriageResultRepository#markManageLinkShown} only. */
    private boolean manageLinkShown;

    protected TriageResult() {
    }

    TriageResult(String tokenHash, Instant createdAt, ResultSealing.Sealed sealed, String manageKeyHash,
            Instant expiresAt, Summary summary, String chainId) {
        this.chainId = chainId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.sealedData = sealed.data();
        this.keyByShareToken = sealed.keyByShareToken();
        this.keyByManageKey = sealed.keyByManageKey();
        this.manageKeyHash = manageKeyHash;
        this.expiresAt = expiresAt;
        this.urgency = summary.urgency();
        this.topCauseCode = summary.topCauseCode();
        this.rulesVersion = summary.rulesVersion();
    }

    Long getId() {
        return id;
    }

    String getTokenHash() {
        return tokenHash;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    String getChainId() {
        return chainId;
    }

    /**
     * Rows stored before chains existed form a chain of their own at their first re-run.
     */
    void startChain(String chainId) {
        if (this.chainId == null) {
            this.chainId = chainId;
        }
    }

    ResultSealing.Sealed sealed() {
        return new ResultSealing.Sealed(sealedData, keyByShareToken, keyByManageKey);
    }

    /** Replaces the sealed data, for a new nickname or a new share token. */
    void reseal(String tokenHash, ResultSealing.Sealed sealed) {
        this.tokenHash = tokenHash;
        this.sealedData = sealed.data();
        this.keyByShareToken = sealed.keyByShareToken();
        this.keyByManageKey = sealed.keyByManageKey();
    }

    /** The share link now shows a newer result; this one is no longer shared. */
    void shareLinkMoved(Instant now) {
        shareLinkMovedAt = now;
        revoke(now);
    }

    /** A result taking over a working share link keeps the link's end date. */
    void continueLink(TriageResult previous) {
        this.expiresAt = previous.expiresAt;
    }

    SharingStatus sharingStatus(Instant now) {
        if (shareLinkMovedAt != null) {
            return SharingStatus.MOVED;
        }
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
        if (shareLinkMovedAt != null) {
            return;
        }
        revokedAt = null;
    }

    void expireAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
    }

    /** The plain columns: nothing that identifies the runner or repeats an answer. */
    record Summary(String urgency, String topCauseCode, Integer rulesVersion) {

        static Summary of(Outcome outcome) {
            return new Summary(outcome.urgency().name(),
                    outcome.causes().isEmpty() ? null : outcome.causes().get(0).code(), outcome.rulesVersion());
        }
    }

}
