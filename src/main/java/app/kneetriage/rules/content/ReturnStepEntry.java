package app.kneetriage.rules.content;

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

/** One week of the return-to-run protocol as stored. */
@Entity
@Table(name = "return_step")
@EntityListeners(PublishedVersionGuard.class)
public class ReturnStepEntry implements VersionContent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rule_set_id")
    private RuleVersion ruleSet;

    private int weekNumber;

    private String description;

    private Integer sessionsPerWeek;

    private Integer plannedWalkMinutes;

    private Integer plannedRunMinutes;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public RuleVersion getRuleSet() {
        return ruleSet;
    }

    void setRuleSet(RuleVersion ruleSet) {
        this.ruleSet = ruleSet;
    }

    public int getWeekNumber() {
        return weekNumber;
    }

    void setWeekNumber(int weekNumber) {
        this.weekNumber = weekNumber;
    }

    public String getDescription() {
        return description;
    }

    void setDescription(String description) {
        this.description = description;
    }

    public Integer getSessionsPerWeek() {
        return sessionsPerWeek;
    }

    public Integer getPlannedWalkMinutes() {
        return plannedWalkMinutes;
    }

    public Integer getPlannedRunMinutes() {
        return plannedRunMinutes;
    }

    /** The rest of a week as copied, exported or imported: one place for every field. */
    void copyPlanFrom(Integer sessions, Integer walkMinutes, Integer runMinutes) {
        this.sessionsPerWeek = sessions;
        this.plannedWalkMinutes = walkMinutes;
        this.plannedRunMinutes = runMinutes;
    }

    @Override
    public RuleVersion owningVersion() {
        return ruleSet;
    }

}
