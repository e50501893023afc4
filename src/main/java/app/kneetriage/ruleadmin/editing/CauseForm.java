package app.kneetriage.ruleadmin.editing;

import java.util.ArrayList;
import java.util.List;

import app.kneetriage.rules.CauseRule;
import app.kneetriage.rules.Codes;
import app.kneetriage.rules.Condition;
import app.kneetriage.rules.InvalidRuleException;
import app.kneetriage.rules.TextLimits;
import app.kneetriage.rules.content.CauseEntry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Editing a cause of the draft: its texts, its weighted conditions, when it ranks first,
 * and the exercises of its plan in order. Rows are added and removed with submit buttons,
 * so the page works without JavaScript.
 */
public class CauseForm {

    @NotNull
    private Long version;

    @NotBlank
    @Pattern(regexp = Codes.PATTERN)
    private String code;

    @NotBlank
    @Size(max = TextLimits.NAME)
    private String name;

    @NotBlank
    @Size(max = TextLimits.EXPLANATION)
    private String explanation;

    /** none: never */
    @Valid
    private ConditionRow rankFirstWhen = ConditionRow.of(null);

    /** none: a weak fit is listed only when the cause ranks first */
    @Valid
    private ConditionRow listWhenWeak = ConditionRow.of(null);

    private boolean planAlone;

    private boolean planOnlyWhenFirst;

    /** none: the cause is considered for every answer */
    @Valid
    private ConditionRow listOnlyWhen = ConditionRow.of(null);

    /** empty: after every cause with a priority */
    @Min(1)
    @Max(CauseRule.MAX_PRIORITY)
    private Integer rankFirstPriority;

    @Valid
    private List<PatternRow> pattern = new ArrayList<>();

    private List<String> exercises = new ArrayList<>();

    static CauseForm of(CauseEntry cause) {
        CauseForm form = new CauseForm();
        form.version = cause.getVersion();
        form.code = cause.getCode();
        form.name = cause.getName();
        form.explanation = cause.getExplanation();
        form.rankFirstWhen = ConditionRow.of(cause.getRankFirstWhen());
        form.listWhenWeak = ConditionRow.of(cause.getListWhenWeak());
        form.planAlone = cause.isPlanAlone();
        form.planOnlyWhenFirst = cause.isPlanOnlyWhenFirst();
        form.listOnlyWhen = ConditionRow.of(cause.getListOnlyWhen());
        form.rankFirstPriority = cause.getRankFirstPriority();
        cause.getPatternItems().forEach(item -> {
            PatternRow row = new PatternRow();
            row.setCondition(ConditionRow.of(item.getCondition()));
            row.setWeight(item.getWeight());
            row.setReason(item.getReason());
            form.pattern.add(row);
        });
        cause.getExercises().forEach(e -> form.exercises.add(e.getExercise().getCode()));
        return form;
    }

    /**
     * @return when the cause ranks first, or null for never
     * @throws InvalidRuleException with the reason when the engine could not evaluate it
     */
    Condition rankFirstCondition() {
        return rankFirstWhen.toCondition();
    }

    /**
     * @return when a weakly fitting cause is still listed, or null for only when first
     * @throws InvalidRuleException with the reason when the engine could not evaluate it
     */
    Condition listWhenWeakCondition() {
        return listWhenWeak.toCondition();
    }

    /**
     * @return when the cause is considered at all, or null for always
     * @throws InvalidRuleException with the reason when the engine could not evaluate it
     */
    Condition listOnlyWhenCondition() {
        return listOnlyWhen.toCondition();
    }

    /** Every condition of the form, for the builder's buttons. */
    List<ConditionRow> conditionRows() {
        List<ConditionRow> rows = new ArrayList<>(pattern.stream().map(PatternRow::getCondition).toList());
        rows.add(rankFirstWhen);
        rows.add(listWhenWeak);
        rows.add(listOnlyWhen);
        return rows;
    }

    public boolean isPlanOnlyWhenFirst() {
        return planOnlyWhenFirst;
    }

    public void setPlanOnlyWhenFirst(boolean planOnlyWhenFirst) {
        this.planOnlyWhenFirst = planOnlyWhenFirst;
    }

    public ConditionRow getListOnlyWhen() {
        return listOnlyWhen;
    }

    public void setListOnlyWhen(ConditionRow listOnlyWhen) {
        this.listOnlyWhen = listOnlyWhen;
    }

    public Integer getRankFirstPriority() {
        return rankFirstPriority;
    }

    public void setRankFirstPriority(Integer rankFirstPriority) {
        this.rankFirstPriority = rankFirstPriority;
    }

    public ConditionRow getListWhenWeak() {
        return listWhenWeak;
    }

    public void setListWhenWeak(ConditionRow listWhenWeak) {
        this.listWhenWeak = listWhenWeak;
    }

    public boolean isPlanAlone() {
        return planAlone;
    }

    public void setPlanAlone(boolean planAlone) {
        this.planAlone = planAlone;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }

    public ConditionRow getRankFirstWhen() {
        return rankFirstWhen;
    }

    public void setRankFirstWhen(ConditionRow rankFirstWhen) {
        this.rankFirstWhen = rankFirstWhen;
    }

    public List<PatternRow> getPattern() {
        return pattern;
    }

    public void setPattern(List<PatternRow> pattern) {
        this.pattern = pattern;
    }

    public List<String> getExercises() {
        return exercises;
    }

    public void setExercises(List<String> exercises) {
        this.exercises = exercises;
    }

}
