package app.kneetriage.rules.content;

import app.kneetriage.rules.AdviceSection;
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

/** A piece of advice as stored, optionally tied to a cause or a condition on the answers. */
@Entity
@Table(name = "advice")
public class AdviceEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rule_set_id")
    private RuleVersion ruleSet;

    private int sortOrder;

    @Enumerated(EnumType.STRING)
    private AdviceSection section;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cause_id")
    private CauseEntry cause;

    /** JSON condition, see {@link ConditionJson}; {@code null} for always. */
    @Column(name = "condition_json")
    private String condition;

    @Column(name = "advice_text")
    private String text;

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

    public AdviceSection getSection() {
        return section;
    }

    public void setSection(AdviceSection section) {
        this.section = section;
    }

    public CauseEntry getCause() {
        return cause;
    }

    public void setCause(CauseEntry cause) {
        this.cause = cause;
    }

    public String getCondition() {
        return condition;
    }

    public void setCondition(String condition) {
        this.condition = condition;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
