package app.kneetriage.rules;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Narrows the plan's exercises when every given part holds: the running answer, the
 * urgency, the cause that comes first and a condition on the answers ({@code null} parts
 * always hold). Every limit that holds applies: the smallest maximum, and every exercise
 * any of them leaves out. Left-out exercises are dropped before the plan is cut to size,
 * so the plan keeps up to its maximum of the exercises that remain.
 *
 * @param maxExercises the most exercises the plan shows, or {@code null} for no limit of
 * its own
 * @param leaveOutLoadingKnee leave out exercises marked as loading the knee
 * @param leaveOutKinds leave out exercises of these kinds
 */
public record ExerciseLimit(RunningAdvice whenRunning, Urgency whenUrgency, String whenTopCause, Condition condition,
        Integer maxExercises, boolean leaveOutLoadingKnee, Set<ExerciseKind> leaveOutKinds) {

    public ExerciseLimit {
        whenTopCause = whenTopCause == null ? null : Codes.check(whenTopCause, "an exercise limit's cause code");
        condition = condition == null ? Condition.ALWAYS : condition;
        leaveOutKinds = leaveOutKinds == null || leaveOutKinds.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(leaveOutKinds));
        if (maxExercises != null && (maxExercises < 0 || maxExercises > RuleSet.MAX_PLAN_EXERCISES)) {
            throw new InvalidRuleException(
                    "an exercise limit allows 0 to " + RuleSet.MAX_PLAN_EXERCISES + " exercises");
        }
        if (maxExercises == null && !leaveOutLoadingKnee && leaveOutKinds.isEmpty()) {
            throw new InvalidRuleException("an exercise limit needs a maximum or something to leave out");
        }
    }

    boolean holds(RunningAdvice running, Urgency urgency, String topCause, Answers answers) {
        return (whenRunning == null || whenRunning == running) && (whenUrgency == null || whenUrgency == urgency)
                && (whenTopCause == null || whenTopCause.equals(topCause)) && condition.matches(answers);
    }

    boolean leavesOut(Exercise exercise) {
        return (leaveOutLoadingKnee && exercise.loadsKnee())
                || (exercise.kind() != null && leaveOutKinds.contains(exercise.kind()));
    }

}
