package app.kneetriage.rules.content;

import app.kneetriage.rules.Urgency;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An urgency rule as stored. */
@Entity
@Table(name = "urgency_rule")
public class UrgencyRuleEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rule_set_id")
    private RuleVersion ruleSet;

    private int sortOrder;

    @Enumerated(EnumType.STRING)
    @Column(name = "urgency_level")
    private Urgency level;

    @Column(name = "condition_json")
    private String condition;

    private String reason;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public RuleVersion getRuleSet() {
        return ruleSet;
    }

    public void setRuleSet(RuleVersion ruleSet) {
        this.ruleSet = ruleSet;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public Urgency getLevel() {
        return level;
    }

    public void setLevel(Urgency level) {
        this.level = level;
    }

    public String getCondition() {
        return condition;
    }

    public void setCondition(String condition) {
        this.condition = condition;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
