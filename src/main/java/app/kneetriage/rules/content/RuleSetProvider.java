package app.kneetriage.rules.content;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import app.kneetriage.rules.PainMonitoringRule;
import app.kneetriage.rules.RuleSet;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hands out the latest published rule set. It is loaded once and kept until a newer
 * version is published. A publish on this instance is seen at once (after its commit);
 * one made by another instance of the app within {@link #RECHECK}, by a cheap id lookup
 * at most that often: asking on every triage was a tenth of its cost.
 */
@Service
public class RuleSetProvider {

    static final Duration RECHECK = Duration.ofSeconds(1);

    /** The cache's one key: it holds the live rule set only. */
    private static final String LIVE = "live";

    private final RuleVersionRepository ruleVersions;

    private final RuleSetLoader loader;

    /**
     * The live rule set, emptied after a publish commits. Emptying waits for a load in
     * progress and then drops it, and a recheck replaces only the entry it checked, so a
     * reader that began before the commit never keeps the old set.
     */
    private final Cache<String, Loaded> live = Caffeine.newBuilder().build();

    /**
     * The pain rule of each published version asked for: a published version never
     * changes, so it is read once.
     */
    private final Map<Integer, PainMonitoringRule> painRules = new ConcurrentHashMap<>();

    RuleSetProvider(RuleVersionRepository ruleVersions, RuleSetLoader loader) {
        this.ruleVersions = ruleVersions;
        this.loader = loader;
    }

    /**
     * Once the kept set is {@link #RECHECK} old, the reader asks for the newest id and
     * loads the set again only if that changed. Its own thread does this, so a database
     * that does not answer fails this request at once rather than after a second wait.
     */
    public RuleSet current() {
        Loaded kept = live.get(LIVE, key -> load(latestId()));
        if (System.nanoTime() - kept.checkedAt() < RECHECK.toNanos()) {
            return kept.ruleSet();
        }
        long latest = latestId();
        Loaded checked = (latest == kept.ruleSetId()) ? new Loaded(latest, kept.ruleSet(), System.nanoTime())
                : load(latest);
        live.asMap().replace(LIVE, kept, checked);
        return checked.ruleSet();
    }

    /**
     * The pain-monitoring rule of a published version, so that a return to running is
     * replayed with the rule it started under; a version that is not stored (or 0, for a
     * result made before versions were numbered) gets the rule runners get now.
     */
    public PainMonitoringRule painMonitoringOf(int versionNumber) {
        PainMonitoringRule known = painRules.get(versionNumber);
        if (known != null) {
            return known;
        }
        return ruleVersions.findByVersionNumber(versionNumber).filter(version -> !version.isDraft()).map(version -> {
            PainMonitoringRule rule = version.getPlanSettings().getPainMonitoring();
            painRules.put(versionNumber, rule);
            return rule;
        }).orElseGet(() -> current().painMonitoring());
    }

    /**
     * Forgets the loaded rule set, so the next call reads the stored content again. By
     * its key, which waits for a load in progress (emptying the whole cache would pass it
     * by).
     */
    public void evict() {
        live.invalidate(LIVE);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void published(RuleVersionPublished published) {
        evict();
    }

    private long latestId() {
        return ruleVersions.findLatestPublishedId()
            .orElseThrow(() -> new IllegalStateException("no rule set has been published"));
    }

    private Loaded load(long ruleSetId) {
        return new Loaded(ruleSetId, loader.load(ruleSetId), System.nanoTime());
    }

    /** Compared by identity: a recheck replaces the very entry it read. */
    private static final class Loaded {

        private final long ruleSetId;

        private final RuleSet ruleSet;

        private final long checkedAt;

        Loaded(long ruleSetId, RuleSet ruleSet, long checkedAt) {
            this.ruleSetId = ruleSetId;
            this.ruleSet = ruleSet;
            this.checkedAt = checkedAt;
        }

        long ruleSetId() {
            return ruleSetId;
        }

        RuleSet ruleSet() {
            return ruleSet;
        }

        long checkedAt() {
            return checkedAt;
        }

    }

}
