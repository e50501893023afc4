package app.kneetriage.rules.content;

import app.kneetriage.rules.Condition;
import app.kneetriage.rules.Fit;
import app.kneetriage.rules.Urgency;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** An urgency rule as stored. */
@Entity
@Table(name = "urgency_rule")
public class UrgencyRuleEntry extends RuleSetPart {

    @Enumerated(EnumType.STRING)
    @Column(name = "urgency_level")
    private Urgency level;

    @Column(name = "condition_json")
    @Convert(converter = ConditionConverter.class)
    private Condition condition;

    private String reason;

    /** {@code null}: the answers alone decide. */
    private String whenCause;

    @Enumerated(EnumType.STRING)
    private Fit whenCauseFit;

    public Urgency getLevel() {
        return level;
    }

    void setLevel(Urgency level) {
        this.level = level;
    }

    public Condition getCondition() {
        return condition;
    }

    void setCondition(Condition condition) {
        this.condition = condition;
    }

    public String getReason() {
        return reason;
    }

    void setReason(String reason) {
        this.reason = reason;
    }

    public String getWhenCause() {
        return whenCause;
    }

    void setWhenCause(String whenCause) {
        this.whenCause = whenCause;
    }

    public Fit getWhenCauseFit() {
        return whenCauseFit;
    }

    void setWhenCauseFit(Fit whenCauseFit) {
        this.whenCauseFit = whenCauseFit;
    }

}
