package app.kneetriage.rules.content;

import app.kneetriage.rules.AdviceSection;
import app.kneetriage.rules.Condition;
import app.kneetriage.rules.Urgency;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A piece of advice as stored, optionally tied to a cause or a condition on the answers.
 */
@Entity
@Table(name = "advice")
public class AdviceEntry extends RuleSetPart {

    @Enumerated(EnumType.STRING)
    private AdviceSection section;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cause_id")
    private CauseEntry cause;

    /** {@code null} for always; stored as JSON. */
    @Column(name = "condition_json")
    @Convert(converter = ConditionConverter.class)
    private Condition condition;

    @Column(name = "advice_text")
    private String text;

    /** {@code null}: shown with any urgency. */
    @Enumerated(EnumType.STRING)
    private Urgency whenUrgency;

    public AdviceSection getSection() {
        return section;
    }

    void setSection(AdviceSection section) {
        this.section = section;
    }

    public CauseEntry getCause() {
        return cause;
    }

    void setCause(CauseEntry cause) {
        this.cause = cause;
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

    public Urgency getWhenUrgency() {
        return whenUrgency;
    }

    void setWhenUrgency(Urgency whenUrgency) {
        this.whenUrgency = whenUrgency;
    }

}
