package app.kneetriage.boards;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A coach's board: the key and join code are kept only as hashes. */
@Entity
@Table(name = "coach_board")
class CoachBoard {

    /** Opening a board records its use at most this often, so a view rarely writes. */
    static final Duration USE_RECORDED_EVERY = Duration.ofDays(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String keyHash;

    private String joinCodeHash;

    private byte[] sealedJoinCode;

    private byte[] publicKey;

    private byte[] sealedPrivateKey;

    private String name;

    private Instant createdAt;

    private Instant lastUsedAt;

    private boolean boardLinkShown;

    @Version
    private long version;

    protected CoachBoard() {
    }

    CoachBoard(String keyHash, BoardSecrets.BoardKeys keys, String name, Instant now) {
        this.keyHash = keyHash;
        this.publicKey = keys.publicKey();
        this.sealedPrivateKey = keys.sealedPrivateKey();
        this.name = name;
        this.createdAt = now;
        this.lastUsedAt = now;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    void rename(String name) {
        this.name = name;
    }

    String getKeyHash() {
        return keyHash;
    }

    byte[] getPublicKey() {
        return publicKey;
    }

    byte[] getSealedPrivateKey() {
        return sealedPrivateKey;
    }

    byte[] getSealedJoinCode() {
        return sealedJoinCode;
    }

    /** The old code stops working: only the new one's hash is kept. */
    void newJoinCode(String joinCodeHash, byte[] sealedJoinCode) {
        this.joinCodeHash = joinCodeHash;
        this.sealedJoinCode = sealedJoinCode;
    }

    boolean useIsStale(Instant now) {
        return lastUsedAt.plus(USE_RECORDED_EVERY).isBefore(now);
    }

}
