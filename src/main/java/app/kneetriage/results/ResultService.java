package app.kneetriage.results;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import app.kneetriage.rules.Answers;
import app.kneetriage.rules.Outcome;
import app.kneetriage.rules.TriageEngine;
import app.kneetriage.rules.content.RuleSetProvider;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Triages answers with the current rules and keeps the result as an immutable snapshot,
 * shared through its token for as long as the runner wants. Only the holder of the manage
 * key can revoke, expire, delete or re-run a result. Logs name results by a short hash,
 * never by a secret.
 */
@Service
public class ResultService {

    /** How long a share link works unless the runner chooses otherwise. */
    public static final Duration DEFAULT_SHARING = Duration.ofDays(90);

    private static final Logger log = LoggerFactory.getLogger(ResultService.class);

    private final RuleSetProvider ruleSets;

    private final TriageResultRepository results;

    private final DeletedResultRepository deleted;

    private final ResultSealing sealing;

    private final MeterRegistry meters;

    private final Clock clock;

    ResultService(RuleSetProvider ruleSets, TriageResultRepository results, DeletedResultRepository deleted,
            ResultSealing sealing, MeterRegistry meters, Clock clock) {
        this.meters = meters;
        this.ruleSets = ruleSets;
        this.results = results;
        this.deleted = deleted;
        this.sealing = sealing;
        this.clock = clock;
    }

    @Transactional
    public CreatedResult create(Answers answers) {
        Outcome outcome = TriageEngine.evaluate(answers, ruleSets.current());
        Instant createdAt = now();
        String token = Tokens.newToken();
        String manageKey = Tokens.newToken();
        String tokenHash = Tokens.hash(token);
        TriageResult.Summary summary = summary(outcome);
        ResultSealing.Sealed sealed = sealing.seal(SnapshotJson.sealable(token, answers, outcome), token, manageKey,
                associated(tokenHash));
        results.save(new TriageResult(tokenHash, createdAt, sealed, Tokens.hash(manageKey),
                createdAt.plus(DEFAULT_SHARING), summary));
        log.info("Stored result {} (rules version {})", Tokens.logReference(token), outcome.rulesVersion());
        // Counts by urgency and top cause (a code from the rules): never a token or an
        // answer.
        meters
            .counter("kneetriage.results.created", "urgency", summary.urgency(), "top_cause",
                    summary.topCauseCode() == null ? "none" : summary.topCauseCode())
            .increment();
        return new CreatedResult(new StoredResult(token, createdAt, answers, outcome), manageKey);
    }

    /** What a coach (or anyone holding the share link) may see. */
    @Transactional(readOnly = true)
    public SharedLookup findShared(String token) {
        SharedLookup lookup = lookUpShared(token);
        meters.counter("kneetriage.results.views", "found", lookup.found().name()).increment();
        return lookup;
    }

    private SharedLookup lookUpShared(String token) {
        if (!Tokens.isWellFormed(token)) {
            return SharedLookup.notFound();
        }
        String tokenHash = Tokens.hash(token);
        Optional<TriageResult> found = results.findByTokenHash(tokenHash);
        if (found.isEmpty()) {
            return deleted.existsById(tokenHash) ? SharedLookup.gone() : SharedLookup.notFound();
        }
        TriageResult result = found.get();
        if (result.sharingStatus(now()) != SharingStatus.SHARED) {
            return SharedLookup.gone();
        }
        byte[] opened = sealing.openWithShareToken(result.sealed(), token, associated(tokenHash));
        return SharedLookup.shared(SnapshotJson.unsealed(opened, result.getCreatedAt()));
    }

    /**
     * The result a manage link points to. A result sealed from plain text gets its
     * manage-key copy wrapped under the manage key here, at the key's first use.
     */
    @Transactional
    public Optional<ManagedResult> findManaged(String manageKey) {
        if (!Tokens.isWellFormed(manageKey)) {
            return Optional.empty();
        }
        String manageKeyHash = Tokens.hash(manageKey);
        return results.findByManageKeyHash(manageKeyHash).map(result -> {
            byte[] associated = associated(result.getTokenHash());
            byte[] opened;
            if (result.isManageKeyLegacy()) {
                ResultSealing.Rewrapped rewrapped = sealing.rewrapForManageKey(result.sealed(), manageKeyHash,
                        manageKey, associated);
                result.rewrapForManageKey(rewrapped.keyByManageKey());
                opened = rewrapped.data();
            }
            else {
                opened = sealing.openWithManageKey(result.sealed(), manageKey, associated);
            }
            return new ManagedResult(result.getId(), SnapshotJson.unsealed(opened, result.getCreatedAt()),
                    result.sharingStatus(now()), result.getExpiresAt());
        });
    }

    /** The result with this token, if the manage key is its own. */
    @Transactional
    public Optional<ManagedResult> findManaged(String token, String manageKey) {
        return findManaged(manageKey).filter(m -> m.result().token().equals(token));
    }

    @Transactional
    public void revoke(ManagedResult managed) {
        results.findById(managed.id()).ifPresent(r -> {
            r.revoke(now());
            log.info("Revoked sharing of result {}", logReference(r));
        });
    }

    @Transactional
    public void shareAgain(ManagedResult managed) {
        results.findById(managed.id()).ifPresent(TriageResult::shareAgain);
    }

    /**
     * @param expiresAt when the share link stops working; {@code null} for never
     */
    @Transactional
    public void setExpiry(ManagedResult managed, Instant expiresAt) {
        results.findById(managed.id()).ifPresent(r -> r.expireAt(expiresAt));
    }

    /**
     * Erases the answers and the outcome for good; the share link answers "gone" from now
     * on.
     */
    @Transactional
    public void delete(ManagedResult managed) {
        results.findById(managed.id()).ifPresent(r -> {
            results.delete(r);
            deleted.save(new DeletedResult(r.getTokenHash(), now()));
            log.info("Deleted result {}", logReference(r));
        });
    }

    /**
     * The same answers against today's rules: a new result with new links; the old one is
     * untouched.
     */
    @Transactional
    public CreatedResult rerun(ManagedResult managed) {
        return create(managed.result().answers());
    }

    /** Binds sealed data to its row: moved to another row, it no longer opens. */
    static byte[] associated(String tokenHash) {
        return tokenHash.getBytes(StandardCharsets.US_ASCII);
    }

    static TriageResult.Summary summary(Outcome outcome) {
        return new TriageResult.Summary(outcome.urgency().name(),
                outcome.causes().isEmpty() ? null : outcome.causes().get(0).code(), outcome.rulesVersion());
    }

    private static String logReference(TriageResult result) {
        return result.getTokenHash().substring(0, 10);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

}
