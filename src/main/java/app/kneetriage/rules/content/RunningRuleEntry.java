package app.kneetriage.rules.content;

import app.kneetriage.rules.Condition;
import app.kneetriage.rules.RunningAdvice;
import app.kneetriage.rules.Urgency;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A running rule as stored; a {@code null} urgency, cause or condition always holds. */
@Entity
@Table(name = "running_rule")
public class RunningRuleEntry extends RuleSetPart {

    @Enumerated(EnumType.STRING)
    private RunningAdvice advice;

    @Enumerated(EnumType.STRING)
    private Urgency whenUrgency;

    private String whenTopCause;

    @Column(name = "condition_json")
    @Convert(converter = ConditionConverter.class)
    private Condition condition;

    @Column(name = "running_text")
    private String text;

    public RunningAdvice getAdvice() {
        return advice;
    }

    void setAdvice(RunningAdvice advice) {
        this.advice = advice;
    }

    public Urgency getWhenUrgency() {
        return whenUrgency;
    }

    void setWhenUrgency(Urgency whenUrgency) {
        this.whenUrgency = whenUrgency;
    }

    public String getWhenTopCause() {
        return whenTopCause;
    }

    void setWhenTopCause(String whenTopCause) {
        this.whenTopCause = whenTopCause;
    }

    public Condition getCondition() {
        return condition;
    }

    void setCondition(Condition condition) {
        this.condition = condition;
    }

    public String getText() {
        return text;
    }

    void setText(String text) {
        this.text = text;
    }

}
