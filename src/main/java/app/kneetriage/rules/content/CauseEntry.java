package app.kneetriage.rules.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import app.kneetriage.rules.Condition;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A cause as stored: its texts, its weighted pattern, when it ranks first, and its
 * exercises.
 */
@Entity
@Table(name = "cause")
public class CauseEntry extends RuleSetPart {

    private String code;

    private String name;

    private String explanation;

    /** {@code null} for never; stored as JSON. */
    @Convert(converter = ConditionConverter.class)
    private Condition rankFirstWhen;

    /**
     * {@code null}: a weakly fitting cause is listed only when it ranks first; stored as
     * JSON.
     */
    @Convert(converter = ConditionConverter.class)
    private Condition listWhenWeak;

    private boolean planAlone;

    /** {@code null}: considered for every answer; stored as JSON. */
    @Convert(converter = ConditionConverter.class)
    private Condition listOnlyWhen;

    /** {@code null}: after every cause with a priority. */
    private Integer rankFirstPriority;

    private boolean planOnlyWhenFirst;

    @OneToMany(mappedBy = "cause", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<PatternItemEntry> patternItems = new ArrayList<>();

    @OneToMany(mappedBy = "cause", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<CauseExerciseEntry> exercises = new ArrayList<>();

    public String getCode() {
        return code;
    }

    void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public String getExplanation() {
        return explanation;
    }

    void setExplanation(String explanation) {
        this.explanation = explanation;
    }

    public Condition getRankFirstWhen() {
        return rankFirstWhen;
    }

    void setRankFirstWhen(Condition rankFirstWhen) {
        this.rankFirstWhen = rankFirstWhen;
    }

    public Condition getListWhenWeak() {
        return listWhenWeak;
    }

    void setListWhenWeak(Condition listWhenWeak) {
        this.listWhenWeak = listWhenWeak;
    }

    public boolean isPlanAlone() {
        return planAlone;
    }

    void setPlanAlone(boolean planAlone) {
        this.planAlone = planAlone;
    }

    public List<PatternItemEntry> getPatternItems() {
        return Collections.unmodifiableList(patternItems);
    }

    public List<CauseExerciseEntry> getExercises() {
        return Collections.unmodifiableList(exercises);
    }

    /** For {@link EditableDraft} and the import, which keep the version's rules. */
    List<PatternItemEntry> editablePatternItems() {
        return patternItems;
    }

    List<CauseExerciseEntry> editableExercises() {
        return exercises;
    }

    public Condition getListOnlyWhen() {
        return listOnlyWhen;
    }

    void setListOnlyWhen(Condition listOnlyWhen) {
        this.listOnlyWhen = listOnlyWhen;
    }

    public Integer getRankFirstPriority() {
        return rankFirstPriority;
    }

    void setRankFirstPriority(Integer rankFirstPriority) {
        this.rankFirstPriority = rankFirstPriority;
    }

    public boolean isPlanOnlyWhenFirst() {
        return planOnlyWhenFirst;
    }

    void setPlanOnlyWhenFirst(boolean planOnlyWhenFirst) {
        this.planOnlyWhenFirst = planOnlyWhenFirst;
    }

}
