package app.kneetriage.rules.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import app.kneetriage.rules.InvalidRuleException;
import app.kneetriage.rules.RuleSet;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

/**
 * A stored rule set: a draft, changed only through {@link DraftEditor}, or a published,
 * numbered version that refuses any change. Parts are ordered as they are added, codes
 * are unique, removing a cause or an exercise removes what refers to it, and
 * {@link #checkEvaluable()} says whether the engine could use the whole.
 */
@Entity
@Table(name = "rule_set")
public class RuleVersion extends FrozenWhenPublished {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_number")
    private Integer versionNumber;

    @Enumerated(EnumType.STRING)
    private RuleSetStatus status;

    /** 1 for the draft, null once published: a unique column, so one draft at most. */
    private Integer draftSlot;

    @Embedded
    private PlanSettings planSettings = new PlanSettings();

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

    @OneToMany(mappedBy = "ruleSet", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<RunningRuleEntry> runningRules = new ArrayList<>();

    @OneToMany(mappedBy = "ruleSet", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<SectionRuleEntry> sectionRules = new ArrayList<>();

    @OneToMany(mappedBy = "ruleSet", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<ExerciseLimitEntry> exerciseLimits = new ArrayList<>();

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public boolean isDraft() {
        return status == RuleSetStatus.DRAFT;
    }

    @Override
    public Integer getVersionNumber() {
        return versionNumber;
    }

    @Override
    public RuleSetStatus getStatus() {
        return status;
    }

    public void setStatus(RuleSetStatus status) {
        this.status = status;
        this.draftSlot = status == RuleSetStatus.DRAFT ? 1 : null;
    }

    public PlanSettings getPlanSettings() {
        return planSettings;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    /** Makes this the published version {@code number}, never edited again. */
    public void publish(int number, Instant at, String by, String note) {
        refuseIfFrozen("publish");
        setStatus(RuleSetStatus.PUBLISHED);
        this.versionNumber = number;
        this.publishedAt = at;
        this.publishedBy = by;
        this.changeNote = note;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public List<CauseEntry> getCauses() {
        return Collections.unmodifiableList(causes);
    }

    public List<UrgencyRuleEntry> getUrgencyRules() {
        return Collections.unmodifiableList(urgencyRules);
    }

    public List<ExerciseEntry> getExercises() {
        return Collections.unmodifiableList(exercises);
    }

    public List<AdviceEntry> getAdvice() {
        return Collections.unmodifiableList(advice);
    }

    public List<ReturnStepEntry> getReturnSteps() {
        return Collections.unmodifiableList(returnSteps);
    }

    public List<RunningRuleEntry> getRunningRules() {
        return Collections.unmodifiableList(runningRules);
    }

    public List<SectionRuleEntry> getSectionRules() {
        return Collections.unmodifiableList(sectionRules);
    }

    public List<ExerciseLimitEntry> getExerciseLimits() {
        return Collections.unmodifiableList(exerciseLimits);
    }

    /** The lists to change, for the editor and the import; refused once published. */
    VersionParts parts() {
        refuseIfFrozen("parts");
        return new VersionParts(causes, urgencyRules, exercises, advice, returnSteps, runningRules, sectionRules,
                exerciseLimits);
    }

    /** The engine's view of this content, draft or published. */
    public RuleSet toRuleSet() {
        return RuleSetLoader.toRuleSet(this);
    }

    /**
     * @throws InvalidRuleException when the engine could not evaluate this content as it
     * stands
     */
    public void checkEvaluable() {
        toRuleSet();
    }

    public Optional<ExerciseEntry> findExercise(String code) {
        return exercises.stream().filter(e -> e.getCode().equals(code)).findFirst();
    }

    public List<String> causeCodes() {
        return causes.stream().map(CauseEntry::getCode).toList();
    }

    public List<String> exerciseCodes() {
        return exercises.stream().map(ExerciseEntry::getCode).toList();
    }

    /** Adds a cause after the existing ones, so it ranks after them on ties. */
    void addCause(CauseEntry cause) {
        refuseIfFrozen("added cause");
        cause.setRuleSet(this);
        cause.setSortOrder(causes.stream().mapToInt(CauseEntry::getSortOrder).max().orElse(0) + 1);
        causes.add(cause);
    }

    /** Removes a cause with the advice tied to it. */
    void removeCause(CauseEntry cause) {
        refuseIfFrozen("removed cause");
        advice.removeIf(a -> a.getCause() == cause);
        causes.remove(cause);
    }

    void addExercise(ExerciseEntry exercise) {
        refuseIfFrozen("added exercise");
        if (findExercise(exercise.getCode()).isPresent()) {
            throw new InvalidRuleException("duplicate exercise code " + exercise.getCode());
        }
        exercise.setRuleSet(this);
        exercise.setSortOrder(exercises.stream().mapToInt(ExerciseEntry::getSortOrder).max().orElse(0) + 1);
        exercises.add(exercise);
    }

}
