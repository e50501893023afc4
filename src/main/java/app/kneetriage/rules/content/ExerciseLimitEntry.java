package app.kneetriage.rules.content;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import app.kneetriage.rules.Condition;
import app.kneetriage.rules.ExerciseKind;
import app.kneetriage.rules.RunningAdvice;
import app.kneetriage.rules.Urgency;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * An exercise limit as stored; a {@code null} running answer, urgency, cause or condition
 * always holds. The kinds it leaves out are kept as their names, comma-separated.
 */
@Entity
@Table(name = "exercise_limit")
public class ExerciseLimitEntry extends RuleSetPart {

    @Enumerated(EnumType.STRING)
    private RunningAdvice whenRunning;

    @Enumerated(EnumType.STRING)
    private Urgency whenUrgency;

    private String whenTopCause;

    @Column(name = "condition_json")
    @Convert(converter = ConditionConverter.class)
    private Condition condition;

    private Integer maxExercises;

    private boolean leaveOutLoadingKnee;

    private String leaveOutKinds;

    public RunningAdvice getWhenRunning() {
        return whenRunning;
    }

    void setWhenRunning(RunningAdvice whenRunning) {
        this.whenRunning = whenRunning;
    }

    public Urgency getWhenUrgency() {
        return whenUrgency;
    }

    void setWhenUrgency(Urgency whenUrgency) {
        this.whenUrgency = whenUrgency;
    }

    public String getWhenTopCause() {
        return whenTopCause;
    }

    void setWhenTopCause(String whenTopCause) {
        this.whenTopCause = whenTopCause;
    }

    public Condition getCondition() {
        return condition;
    }

    void setCondition(Condition condition) {
        this.condition = condition;
    }

    public Integer getMaxExercises() {
        return maxExercises;
    }

    void setMaxExercises(Integer maxExercises) {
        this.maxExercises = maxExercises;
    }

    public boolean isLeaveOutLoadingKnee() {
        return leaveOutLoadingKnee;
    }

    void setLeaveOutLoadingKnee(boolean leaveOutLoadingKnee) {
        this.leaveOutLoadingKnee = leaveOutLoadingKnee;
    }

    public Set<ExerciseKind> getLeaveOutKinds() {
        Set<ExerciseKind> kinds = EnumSet.noneOf(ExerciseKind.class);
        if (leaveOutKinds != null && !leaveOutKinds.isBlank()) {
            Arrays.stream(leaveOutKinds.split(",")).map(String::strip).map(ExerciseKind::valueOf).forEach(kinds::add);
        }
        return kinds;
    }

    void setLeaveOutKinds(Set<ExerciseKind> kinds) {
        this.leaveOutKinds = kinds == null || kinds.isEmpty() ? null
                : EnumSet.copyOf(kinds).stream().map(Enum::name).collect(Collectors.joining(","));
    }

}
