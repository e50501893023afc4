package app.kneetriage.rules.content;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import app.kneetriage.rules.PainMonitoringRule;
import app.kneetriage.rules.RuleSet;
import org.springframework.stereotype.Service;
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

    private final RuleVersionRepository ruleVersions;

    private final RuleSetLoader loader;

    private volatile Loaded loaded;

    /**
     * The pain rule of each published version asked for: a published version never
     * changes, so it is read once.
     */
    private final Map<Integer, PainMonitoringRule> painRules = new ConcurrentHashMap<>();

    /** Counts evictions: a lookup that began before one must not keep what it read. */
    private final AtomicLong evictions = new AtomicLong();

    RuleSetProvider(RuleVersionRepository ruleVersions, RuleSetLoader loader) {
        this.ruleVersions = ruleVersions;
        this.loader = loader;
    }

    public RuleSet current() {
        Loaded current = loaded;
        long now = System.nanoTime();
        if (current != null && now - current.checkedAt() < RECHECK.toNanos()) {
            return current.ruleSet();
        }
        long evictionsBefore = evictions.get();
        long latestId = ruleVersions.findLatestPublishedId()
            .orElseThrow(() -> new IllegalStateException("no rule set has been published"));
        current = (current == null || current.ruleSetId() != latestId)
                ? new Loaded(latestId, loader.load(latestId), now) : new Loaded(latestId, current.ruleSet(), now);
        synchronized (this) {
            if (evictions.get() == evictionsBefore) {
                loaded = current;
            }
        }
        return current.ruleSet();
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

    /** Forgets the loaded rule set, so the next call reads the stored content again. */
    public void evict() {
        synchronized (this) {
            evictions.incrementAndGet();
            loaded = null;
        }
    }

    @TransactionalEventListener
    void published(RuleVersionPublished published) {
        evict();
    }

    private record Loaded(long ruleSetId, RuleSet ruleSet, long checkedAt) {
    }

}
