package app.kneetriage.rules.content;

import app.kneetriage.rules.RuleSet;
import org.springframework.stereotype.Service;

/**
 * Hands out the latest published rule set. It is loaded once and kept until a newer
 * version is published; a cheap id lookup per call notices a publish made by any instance
 * of the app.
 */
@Service
public class RuleSetProvider {

    private final RuleVersionRepository ruleVersions;

    private final RuleSetLoader loader;

    private volatile Loaded loaded;

    RuleSetProvider(RuleVersionRepository ruleVersions, RuleSetLoader loader) {
        this.ruleVersions = ruleVersions;
        this.loader = loader;
    }

    public RuleSet current() {
        long latestId = ruleVersions.findLatestPublishedId()
            .orElseThrow(() -> new IllegalStateException("no rule set has been published"));
        Loaded current = loaded;
        if (current == null || current.ruleSetId() != latestId) {
            current = new Loaded(latestId, loader.load(latestId));
            loaded = current;
        }
        return current.ruleSet();
    }

    /** Forgets the loaded rule set, so the next call reads the stored content again. */
    public void evict() {
        loaded = null;
    }

    private record Loaded(long ruleSetId, RuleSet ruleSet) {
    }

}
