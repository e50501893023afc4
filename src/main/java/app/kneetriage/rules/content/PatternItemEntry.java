package app.kneetriage.rules.content;

import app.kneetriage.rules.Condition;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One weighted condition of a cause's pattern, with the reason shown when it matches. */
@Entity
@Table(name = "pattern_item")
@EntityListeners(PublishedVersionGuard.class)
public class PatternItemEntry implements VersionContent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cause_id")
    private CauseEntry cause;

    private int sortOrder;

    @Column(name = "condition_json")
    @Convert(converter = ConditionConverter.class)
    private Condition condition;

    private int weight;

    private String reason;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public CauseEntry getCause() {
        return cause;
    }

    void setCause(CauseEntry cause) {
        this.cause = cause;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public Condition getCondition() {
        return condition;
    }

    void setCondition(Condition condition) {
        this.condition = condition;
    }

    public int getWeight() {
        return weight;
    }

    void setWeight(int weight) {
        this.weight = weight;
    }

    public String getReason() {
        return reason;
    }

    void setReason(String reason) {
        this.reason = reason;
    }

    @Override
    public RuleVersion owningVersion() {
        return cause == null ? null : cause.getRuleSet();
    }

}
