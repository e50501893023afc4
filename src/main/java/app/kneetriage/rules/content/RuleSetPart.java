package app.kneetriage.rules.content;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every ordered piece of a rule set shares: its rule set, its place, and an edit
 * version.
 */
@MappedSuperclass
@EntityListeners(PublishedVersionGuard.class)
public abstract class RuleSetPart implements VersionContent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rule_set_id")
    private RuleVersion ruleSet;

    private int sortOrder;

    /**
     * Optimistic lock: a save based on a stale copy fails instead of overwriting
     * someone's edit.
     */
    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public RuleVersion getRuleSet() {
        return ruleSet;
    }

    @Override
    public RuleVersion owningVersion() {
        return ruleSet;
    }

    void setRuleSet(RuleVersion ruleSet) {
        this.ruleSet = ruleSet;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public long getVersion() {
        return version;
    }

}
