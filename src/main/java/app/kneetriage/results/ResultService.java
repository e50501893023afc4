package app.kneetriage.results;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import app.kneetriage.rules.Answers;
import app.kneetriage.rules.Outcome;
import app.kneetriage.rules.TriageEngine;
import app.kneetriage.rules.content.RuleSetProvider;
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

    private final Clock clock;

    ResultService(RuleSetProvider ruleSets, TriageResultRepository results, DeletedResultRepository deleted,
            Clock clock) {
        this.ruleSets = ruleSets;
        this.results = results;
        this.deleted = deleted;
        this.clock = clock;
    }

    @Transactional
    public CreatedResult create(Answers answers) {
        Outcome outcome = TriageEngine.evaluate(answers, ruleSets.current());
        Instant createdAt = now();
        String token = Tokens.newToken();
        String manageKey = Tokens.newToken();
        results.save(new TriageResult(token, createdAt, SnapshotJson.write(answers), SnapshotJson.write(outcome),
                Tokens.hash(manageKey), createdAt.plus(DEFAULT_SHARING)));
        log.info("Stored result {} (rules version {})", Tokens.logReference(token), outcome.rulesVersion());
        return new CreatedResult(new StoredResult(token, createdAt, answers, outcome), manageKey);
    }

    /** What a coach (or anyone holding the share link) may see. */
    @Transactional(readOnly = true)
    public SharedLookup findShared(String token) {
        if (!Tokens.isWellFormed(token)) {
            return SharedLookup.notFound();
        }
        Optional<TriageResult> found = results.findByToken(token);
        if (found.isEmpty()) {
            return deleted.existsById(Tokens.hash(token)) ? SharedLookup.gone() : SharedLookup.notFound();
        }
        TriageResult result = found.get();
        return result.sharingStatus(now()) == SharingStatus.SHARED ? SharedLookup.shared(stored(result))
                : SharedLookup.gone();
    }

    /** The result a manage link points to. */
    @Transactional(readOnly = true)
    public Optional<ManagedResult> findManaged(String manageKey) {
        if (!Tokens.isWellFormed(manageKey)) {
            return Optional.empty();
        }
        return results.findByManageKeyHash(Tokens.hash(manageKey)).map(this::managed);
    }

    /** The result with this token, if the manage key is its own. */
    @Transactional(readOnly = true)
    public Optional<ManagedResult> findManaged(String token, String manageKey) {
        return findManaged(manageKey).filter(m -> m.result().token().equals(token));
    }

    @Transactional
    public void revoke(ManagedResult managed) {
        results.findById(managed.id()).ifPresent(r -> {
            r.revoke(now());
            log.info("Revoked sharing of result {}", Tokens.logReference(r.getToken()));
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
            deleted.save(new DeletedResult(Tokens.hash(r.getToken())));
            log.info("Deleted result {}", Tokens.logReference(r.getToken()));
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

    private ManagedResult managed(TriageResult result) {
        return new ManagedResult(result.getId(), stored(result), result.sharingStatus(now()), result.getExpiresAt());
    }

    private static StoredResult stored(TriageResult result) {
        return new StoredResult(result.getToken(), result.getCreatedAt(), SnapshotJson.readAnswers(result.getAnswers()),
                SnapshotJson.readOutcome(result.getOutcome()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

}
