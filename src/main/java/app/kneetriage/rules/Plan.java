package app.kneetriage.rules;

import java.util.List;

/** What to do: exercises, the week-by-week return to running, and advice by section. */
public record Plan(List<Exercise> exercises, List<ReturnStep> returnToRun, List<PlanAdvice> advice) {

    public Plan {
        exercises = List.copyOf(exercises);
        returnToRun = List.copyOf(returnToRun);
        advice = List.copyOf(advice);
    }
}
