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

/** An exercise's place in a cause's plan. */
@Entity
@Table(name = "cause_exercise")
@EntityListeners(PublishedVersionGuard.class)
public class CauseExerciseEntry implements VersionContent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cause_id")
    private CauseEntry cause;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "exercise_id")
    private ExerciseEntry exercise;

    private int sortOrder;

    public Long getId() {
        return id;
    }

    public CauseEntry getCause() {
        return cause;
    }

    void setCause(CauseEntry cause) {
        this.cause = cause;
    }

    public ExerciseEntry getExercise() {
        return exercise;
    }

    void setExercise(ExerciseEntry exercise) {
        this.exercise = exercise;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    @Override
    public RuleVersion owningVersion() {
        return cause == null ? null : cause.getRuleSet();
    }

}
