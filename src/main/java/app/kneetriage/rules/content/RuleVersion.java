package app.kneetriage.rules.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A stored rule set: a draft, or a published, numbered version that is never edited again. */
@Entity
@Table(name = "rule_set")
public class RuleVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_number")
    private Integer versionNumber;

    @Enumerated(EnumType.STRING)
    private RuleSetStatus status;

    /** 1 while this is the draft, null once published: a unique column, so there is one draft at most. */
    private Integer draftSlot;

    private int planCauseCount;

    private Instant createdAt;

    private Instant publishedAt;

    private String publishedBy;

    private String changeNote;

    @Version
    private long version;

    @OneToMany(mappedBy = "ruleSet", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<CauseEntry> causes = new ArrayList<>();

    @OneToMany(mappedBy = "ruleSet", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<UrgencyRuleEntry> urgencyRules = new ArrayList<>();

    @OneToMany(mappedBy = "ruleSet", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<ExerciseEntry> exercises = new ArrayList<>();

    @OneToMany(mappedBy = "ruleSet", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<AdviceEntry> advice = new ArrayList<>();

    @OneToMany(mappedBy = "ruleSet", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("weekNumber")
    private List<ReturnStepEntry> returnSteps = new ArrayList<>();

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public boolean isDraft() {
        return status == RuleSetStatus.DRAFT;
    }

    public Integer getVersionNumber() {
        return versionNumber;
    }

    public void setVersionNumber(Integer versionNumber) {
        this.versionNumber = versionNumber;
    }

    public RuleSetStatus getStatus() {
        return status;
    }

    public void setStatus(RuleSetStatus status) {
        this.status = status;
        this.draftSlot = status == RuleSetStatus.DRAFT ? 1 : null;
    }

    public int getPlanCauseCount() {
        return planCauseCount;
    }

    public void setPlanCauseCount(int planCauseCount) {
        this.planCauseCount = planCauseCount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public void setPublishedAt(Instant publishedAt) {
        this.publishedAt = publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public void setPublishedBy(String publishedBy) {
        this.publishedBy = publishedBy;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }

    public List<CauseEntry> getCauses() {
        return causes;
    }

    public List<UrgencyRuleEntry> getUrgencyRules() {
        return urgencyRules;
    }

    public List<ExerciseEntry> getExercises() {
        return exercises;
    }

    public List<AdviceEntry> getAdvice() {
        return advice;
    }

    public List<ReturnStepEntry> getReturnSteps() {
        return returnSteps;
    }
}
