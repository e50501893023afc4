package app.kneetriage.rules.content;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import app.kneetriage.rules.PainMonitoringRule;
import app.kneetriage.rules.RuleSet;
import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
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
     * The live rule set, emptied after a publish commits. Refreshed in the reader's own
     * thread once it is {@link #RECHECK} old: only the newest id is asked for, and the
     * set is loaded again only if that changed. Caffeine drops a load or refresh that an
     * emptying overtook, so a reader that began before the commit never keeps the old
     * set.
     */
    private final LoadingCache<String, Loaded> live;

    /**
     * The pain rule of each published version asked for: a published version never
     * changes, so it is read once.
     */
    private final Map<Integer, PainMonitoringRule> painRules = new ConcurrentHashMap<>();

    RuleSetProvider(RuleVersionRepository ruleVersions, RuleSetLoader loader) {
        this.ruleVersions = ruleVersions;
        this.loader = loader;
        this.live = Caffeine.newBuilder().refreshAfterWrite(RECHECK).executor(Runnable::run).build(new LiveLoader());
    }

    public RuleSet current() {
        return live.get(LIVE).ruleSet();
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
        live.invalidateAll();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void published(RuleVersionPublished published) {
        evict();
    }

    private long latestId() {
        return ruleVersions.findLatestPublishedId()
            .orElseThrow(() -> new IllegalStateException("no rule set has been published"));
    }

    private record Loaded(long ruleSetId, RuleSet ruleSet) {
    }

    private final class LiveLoader implements CacheLoader<String, Loaded> {

        @Override
        public Loaded load(String key) {
            long latest = latestId();
            return new Loaded(latest, loader.load(latest));
        }

        /** The kept set again while no newer version was published. */
        @Override
        public Loaded reload(String key, Loaded kept) {
            long latest = latestId();
            return (latest == kept.ruleSetId()) ? kept : new Loaded(latest, loader.load(latest));
        }

    }

}
