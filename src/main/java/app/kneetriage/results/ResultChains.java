package app.kneetriage.results;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import app.kneetriage.system.KneeTriageProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What changes a result's sealed snapshot after it was made: the runner's nickname, and a
 * re-run that moves the share link on to the new result. Both lock the row first, so a
 * double-clicked button or a rename during a re-run cannot seal a row under a token it no
 * longer holds.
 */
@Service
public class ResultChains {

    private static final Logger log = LoggerFactory.getLogger(ResultChains.class);

    private final ResultService service;

    private final TriageResultRepository results;

    private final ResultSealing sealing;

    private final KneeTriageProperties.Retention retention;

    private final ApplicationEventPublisher events;

    ResultChains(ResultService service, TriageResultRepository results, ResultSealing sealing,
            KneeTriageProperties settings, ApplicationEventPublisher events) {
        this.events = events;
        this.service = service;
        this.results = results;
        this.sealing = sealing;
        this.retention = settings.retention();
    }

    /** The runner's name for a coach, sealed anew with the answers. */
    @Transactional
    public void setNickname(ManagedResult managed, String manageKey, String nickname) {
        StoredResult old = managed.result();
        lockedHoldingToken(managed).ifPresent(row -> reseal(row, new StoredResult(old.token(), old.createdAt(),
                old.answers(), old.outcome(), Nicknames.clean(nickname), old.history()), manageKey));
    }

    /**
     * The same answers against today's rules, as a new result with a new manage key. With
     * {@code moveShareLink}, and while the link works, the share link moves to the new
     * result, which keeps the nickname, the link's end date and the history; the old
     * result is then sealed under a token nobody holds and opens only with its manage
     * key. Otherwise the new result gets a link of its own and the old one is untouched.
     * @throws ResultDeletedException when the result was deleted meanwhile
     */
    @Transactional
    public CreatedResult rerun(ManagedResult managed, String manageKey, boolean moveShareLink) {
        StoredResult old = managed.result();
        Instant now = service.now();
        // Locked however the link goes, as a delete locks it: a delete sent at the same
        // moment either went first, and there is nothing left to re-run, or waits and
        // then takes the new result with the link's chain.
        TriageResult oldRow = results.findLockedById(managed.id()).orElseThrow(ResultDeletedException::new);
        if (!moveShareLink || !holdsToken(oldRow, managed) || oldRow.sharingStatus(now) != SharingStatus.SHARED) {
            return service.create(old.answers(), old.nickname());
        }
        oldRow.startChain(UUID.randomUUID().toString());
        reseal(oldRow, new StoredResult(Tokens.newToken(), old.createdAt(), old.answers(), old.outcome(),
                old.nickname(), old.history()), manageKey);
        oldRow.shareLinkMoved(now);
        results.flush(); // before the new row takes the token's hash, which is unique

        // Earlier checks are kept no longer than any result is.
        Instant oldest = now.minus(retention.maxAge());
        List<EarlierCheck> history = Stream.concat(Stream.of(EarlierCheck.of(old)), old.history().stream())
            .filter(check -> check.createdAt().isAfter(oldest))
            .limit(StoredResult.HISTORY_LENGTH)
            .toList();
        StoredResult latest = new StoredResult(old.token(), now, old.answers(), service.evaluate(old.answers()),
                old.nickname(), history);
        String newManageKey = Tokens.newToken();
        TriageResult row = service.newRow(latest, newManageKey, oldRow.getChainId());
        row.continueLink(oldRow);
        results.saveAndFlush(row);
        // Heard in this transaction: what follows the link moves with it or not at all.
        events.publishEvent(new ShareLinkMoved(managed, manageKey, row.getId(), latest, newManageKey));
        log.info("Re-ran result {}: its share link moved to the new result", ResultService.logReference(row));
        return new CreatedResult(latest, newManageKey);
    }

    /** The row, locked, if it still holds the token the runner's page was opened with. */
    private Optional<TriageResult> lockedHoldingToken(ManagedResult managed) {
        return results.findLockedById(managed.id()).filter(row -> holdsToken(row, managed));
    }

    private static boolean holdsToken(TriageResult row, ManagedResult managed) {
        return row.getTokenHash().equals(Tokens.hash(managed.result().token()));
    }

    private void reseal(TriageResult row, StoredResult snapshot, String manageKey) {
        String tokenHash = Tokens.hash(snapshot.token());
        row.reseal(tokenHash, sealing.seal(SnapshotJson.sealable(snapshot), snapshot.token(), manageKey,
                ResultService.associated(tokenHash)));
    }

}
