package app.kneetriage.rules.content;

import app.kneetriage.rules.AdviceSection;
import app.kneetriage.rules.Condition;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A section of advice shown only when its condition matches the answers, as stored. */
@Entity
@Table(name = "section_rule")
public class SectionRuleEntry extends RuleSetPart {

    @Enumerated(EnumType.STRING)
    private AdviceSection section;

    @Column(name = "condition_json")
    @Convert(converter = ConditionConverter.class)
    private Condition condition;

    public AdviceSection getSection() {
        return section;
    }

    void setSection(AdviceSection section) {
        this.section = section;
    }

    public Condition getCondition() {
        return condition;
    }

    void setCondition(Condition condition) {
        this.condition = condition;
    }

}
