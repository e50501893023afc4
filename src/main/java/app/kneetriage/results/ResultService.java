package app.kneetriage.results;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.kneetriage.rules.Answers;
import app.kneetriage.rules.Outcome;
import app.kneetriage.rules.TriageEngine;
import app.kneetriage.rules.content.RuleSetProvider;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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

    private final ApplicationEventPublisher events;

    ResultService(RuleSetProvider ruleSets, TriageResultRepository results, DeletedResultRepository deleted,
            ResultSealing sealing, MeterRegistry meters, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.meters = meters;
        this.ruleSets = ruleSets;
        this.results = results;
        this.deleted = deleted;
        this.sealing = sealing;
        this.clock = clock;
    }

    @Transactional
    public CreatedResult create(Answers answers, String nickname) {
        Instant createdAt = now();
        StoredResult result = new StoredResult(Tokens.newToken(), createdAt, answers, evaluate(answers),
                Nicknames.clean(nickname), List.of());
        String manageKey = Tokens.newToken();
        results.save(newRow(result, manageKey, UUID.randomUUID().toString()));
        log.info("Stored result {} (rules {})", Tokens.logReference(result.token()), result.outcome().rulesVersion());
        return new CreatedResult(result, manageKey);
    }

    Outcome evaluate(Answers answers) {
        return TriageEngine.evaluate(answers, ruleSets.current());
    }

    TriageResult newRow(StoredResult result, String manageKey, String chainId) {
        String tokenHash = Tokens.hash(result.token());
        TriageResult.Summary summary = TriageResult.Summary.of(result.outcome());
        ResultSealing.Sealed sealed = sealing.seal(SnapshotJson.sealable(result), result.token(), manageKey,
                associated(tokenHash));
        // Counts by urgency and top cause (a rules code): never a token or an answer.
        meters
            .counter("kneetriage.results.created", "urgency", summary.urgency(), "top_cause",
                    summary.topCauseCode() == null ? "none" : summary.topCauseCode())
            .increment();
        return new TriageResult(tokenHash, result.createdAt(), sealed, Tokens.hash(manageKey),
                result.createdAt().plus(DEFAULT_SHARING), summary, chainId);
    }

    /** What a coach (or anyone holding the share link) may see. */
    @Transactional(readOnly = true)
    public SharedLookup findShared(String token) {
        SharedLookup lookup = lookUpShared(token);
        meters.counter("kneetriage.results.views", "found", lookup.found().name()).increment();
        return lookup;
    }

    /**
     * Whether this page view may show the result's one-time manage link: only the first
     * does, so a copied flash cookie shows it to nobody else.
     */
    @Transactional
    public boolean showManageLinkOnce(long resultId) {
        return results.markManageLinkShown(resultId) == 1;
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
        return SharedLookup.shared(SnapshotJson.unsealed(opened, result.getCreatedAt()), result.getExpiresAt(),
                result.getId());
    }

    /** The result a manage link points to. */
    @Transactional(readOnly = true)
    public Optional<ManagedResult> findManaged(String manageKey) {
        if (!Tokens.isWellFormed(manageKey)) {
            return Optional.empty();
        }
        return results.findByManageKeyHash(Tokens.hash(manageKey)).map(result -> {
            byte[] opened = sealing.openWithManageKey(result.sealed(), manageKey, associated(result.getTokenHash()));
            return new ManagedResult(result.getId(), SnapshotJson.unsealed(opened, result.getCreatedAt()),
                    result.sharingStatus(now()), result.getExpiresAt());
        });
    }

    /** The result with this token, if the manage key is its own. */
    @Transactional
    public Optional<ManagedResult> findManaged(String token, String manageKey) {
        return findManaged(manageKey).filter(m -> m.result().token().equals(token));
    }

    /**
     * Locks the result's row until the caller's transaction ends, as the result's own
     * changes do, and tells how it is shared now.
     * @throws ResultDeletedException when the result went meanwhile
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public SharingStatus lockedStatus(ManagedResult managed) {
        return locked(managed).sharingStatus(now());
    }

    @Transactional
    public void revoke(ManagedResult managed) {
        TriageResult r = locked(managed);
        r.revoke(now());
        events.publishEvent(new SharingStopped(managed.result().token()));
        log.info("Revoked sharing of result {}", logReference(r));
    }

    @Transactional
    public void shareAgain(ManagedResult managed) {
        locked(managed).shareAgain();
    }

    /**
     * @param expiresAt when the share link stops working; {@code null} for never
     */
    @Transactional
    public void setExpiry(ManagedResult managed, Instant expiresAt) {
        locked(managed).expireAt(expiresAt);
    }

    /**
     * Erases the answers and the outcome for good; the share link answers "gone" from now
     * on. The result holding a share link takes every earlier result of that link with
     * it; an earlier one, whose link moved on, goes alone. The row is locked first, so a
     * second delete of the same result (a double click, a retried request) waits and then
     * finds nothing left to delete, and a re-run sent at the same moment (which locks it
     * too) either finds nothing left or went first and is deleted with the chain: what
     * holds the link when the runner asked to delete goes, and so does what it moved to.
     */
    @Transactional
    public void delete(ManagedResult managed) {
        results.findLockedById(managed.id()).ifPresent(r -> {
            boolean holdsLink = managed.status() != SharingStatus.MOVED && r.getChainId() != null;
            // The chain locked too: a row the purge holds is waited for and then gone.
            List<TriageResult> chain = holdsLink ? results.findLockedByChainId(r.getChainId()) : List.of(r);
            for (TriageResult link : chain) {
                results.delete(link);
                deleted.save(new DeletedResult(link.getTokenHash(), now()));
            }
            // A result whose link moved on holds a token nobody has: nothing was shared
            // under it.
            if (managed.status() != SharingStatus.MOVED) {
                events.publishEvent(new ResultDeleted(managed.result().token()));
            }
            log.info("Deleted result {} and {} earlier results of its link", logReference(r), chain.size() - 1);
        });
    }

    /**
     * Changes lock the row, so that one racing the purge or a delete waits for it and
     * then answers as if the result had gone first, rather than updating a row that went
     * meanwhile (a 500).
     */
    private TriageResult locked(ManagedResult managed) {
        return results.findLockedById(managed.id()).orElseThrow(ResultDeletedException::new);
    }

    /** Binds sealed data to its row: moved to another row, it no longer opens. */
    static byte[] associated(String tokenHash) {
        return tokenHash.getBytes(StandardCharsets.US_ASCII);
    }

    static String logReference(TriageResult result) {
        return result.getTokenHash().substring(0, 10);
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

}
