package app.kneetriage.rules.content;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A cause as stored: its texts, its weighted pattern, when it ranks first, and its exercises. */
@Entity
@Table(name = "cause")
public class CauseEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rule_set_id")
    private RuleVersion ruleSet;

    private int sortOrder;

    private String code;

    private String name;

    private String explanation;

    /** JSON condition, see {@link ConditionJson}; {@code null} for never. */
    private String rankFirstWhen;

    @Version
    private long version;

    @OneToMany(mappedBy = "cause")
    @OrderBy("sortOrder")
    private List<PatternItemEntry> patternItems = new ArrayList<>();

    @OneToMany(mappedBy = "cause")
    @OrderBy("sortOrder")
    private List<CauseExerciseEntry> exercises = new ArrayList<>();

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

    public String getRankFirstWhen() {
        return rankFirstWhen;
    }

    public void setRankFirstWhen(String rankFirstWhen) {
        this.rankFirstWhen = rankFirstWhen;
    }

    public List<PatternItemEntry> getPatternItems() {
        return patternItems;
    }

    public List<CauseExerciseEntry> getExercises() {
        return exercises;
    }
}
