package app.kneetriage.results;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

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
    public CreatedResult create(Answers answers, String nickname) {
        Instant createdAt = now();
        StoredResult result = new StoredResult(Tokens.newToken(), createdAt, answers, evaluate(answers),
                Nicknames.clean(nickname), List.of());
        String manageKey = Tokens.newToken();
        results.save(newRow(result, manageKey, UUID.randomUUID().toString()));
        log.info("Stored result {} (rules {})", Tokens.logReference(result.token()), result.outcome().rulesVersion());
        return new CreatedResult(result, manageKey);
    }

    private Outcome evaluate(Answers answers) {
        return TriageEngine.evaluate(answers, ruleSets.current());
    }

    private TriageResult newRow(StoredResult result, String manageKey, String chainId) {
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
        return SharedLookup.shared(SnapshotJson.unsealed(opened, result.getCreatedAt()), result.getExpiresAt());
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
     * The runner's name for a coach, sealed with the answers: the data is sealed anew
     * under the same share token and manage key.
     */
    @Transactional
    public void setNickname(ManagedResult managed, String manageKey, String nickname) {
        results.findById(managed.id()).ifPresent(row -> {
            StoredResult old = managed.result();
            StoredResult renamed = new StoredResult(old.token(), old.createdAt(), old.answers(), old.outcome(),
                    Nicknames.clean(nickname), old.history());
            row.reseal(row.getTokenHash(), sealing.seal(SnapshotJson.sealable(renamed), renamed.token(), manageKey,
                    associated(row.getTokenHash())));
        });
    }

    /**
     * Erases the answers and the outcome for good, with every earlier result of the same
     * share link; the share link answers "gone" from now on.
     */
    @Transactional
    public void delete(ManagedResult managed) {
        results.findById(managed.id()).ifPresent(r -> {
            List<TriageResult> chain = r.getChainId() == null ? List.of(r) : results.findByChainId(r.getChainId());
            for (TriageResult link : chain) {
                results.delete(link);
                deleted.save(new DeletedResult(link.getTokenHash(), now()));
            }
            log.info("Deleted result {} and {} earlier results of its link", logReference(r), chain.size() - 1);
        });
    }

    /**
     * The same answers against today's rules, as a new result with a new manage key. With
     * {@code moveShareLink} the share link moves to the new result, which keeps the old
     * one's nickname, link state and history; the old result then opens only with its
     * manage key. Without it, the new result gets a link of its own and the old one is
     * untouched.
     */
    @Transactional
    public CreatedResult rerun(ManagedResult managed, String manageKey, boolean moveShareLink) {
        StoredResult old = managed.result();
        if (!moveShareLink || managed.status() == SharingStatus.MOVED) {
            return create(old.answers(), old.nickname());
        }
        TriageResult oldRow = results.findById(managed.id()).orElseThrow();
        oldRow.startChain(UUID.randomUUID().toString());
        TriageResult.LinkState link = oldRow.linkState();
        // The old result gives up the token: sealed anew under a token nobody holds.
        StoredResult retired = new StoredResult(Tokens.newToken(), old.createdAt(), old.answers(), old.outcome(),
                old.nickname(), old.history());
        String retiredHash = Tokens.hash(retired.token());
        oldRow.reseal(retiredHash,
                sealing.seal(SnapshotJson.sealable(retired), retired.token(), manageKey, associated(retiredHash)));
        oldRow.shareLinkMoved(now());
        results.flush(); // before the new row takes the token's hash, which is unique

        List<EarlierCheck> history = Stream.concat(Stream.of(EarlierCheck.of(old)), old.history().stream())
            .limit(StoredResult.HISTORY_LENGTH)
            .toList();
        StoredResult latest = new StoredResult(old.token(), now(), old.answers(), evaluate(old.answers()),
                old.nickname(), history);
        String newManageKey = Tokens.newToken();
        TriageResult row = newRow(latest, newManageKey, oldRow.getChainId());
        row.continueLink(link);
        results.save(row);
        log.info("Re-ran result {}: its share link moved to the new result", logReference(row));
        return new CreatedResult(latest, newManageKey);
    }

    /** Binds sealed data to its row: moved to another row, it no longer opens. */
    static byte[] associated(String tokenHash) {
        return tokenHash.getBytes(StandardCharsets.US_ASCII);
    }

    private static String logReference(TriageResult result) {
        return result.getTokenHash().substring(0, 10);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

}
