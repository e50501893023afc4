package app.kneetriage.ruleadmin.editing;

import app.kneetriage.rules.PatternItem;
import app.kneetriage.rules.TextLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One weighted condition of a cause, with the reason a runner reads when it matches. */
public class PatternRow {

    @Valid
    private ConditionRow condition = new ConditionRow();

    @NotNull
    @Min(1)
    @Max(PatternItem.MAX_WEIGHT)
    private Integer weight = 1;

    @NotBlank
    @Size(max = TextLimits.REASON)
    private String reason;

    public ConditionRow getCondition() {
        return condition;
    }

    public void setCondition(ConditionRow condition) {
        this.condition = condition;
    }

    public Integer getWeight() {
        return weight;
    }

    public void setWeight(Integer weight) {
        this.weight = weight;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

}
