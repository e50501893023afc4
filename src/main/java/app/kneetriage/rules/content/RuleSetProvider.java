package app.kneetriage.rules.content;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

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
