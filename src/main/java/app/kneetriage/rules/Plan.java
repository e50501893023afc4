package app.kneetriage.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What to do: the answer to "can I run?", exercises, the week-by-week return to running,
 * and advice in section order. {@code running} is {@code null} in results made before it
 * existed.
 */
public record Plan(List<Exercise> exercises, List<ReturnStep> returnToRun, List<PlanAdvice> advice, Running running) {

    public Plan {
        exercises = List.copyOf(exercises);
        returnToRun = List.copyOf(returnToRun);
        advice = List.copyOf(advice);
    }

    /** The advice grouped by section, in reading order, empty sections left out. */
    public List<PlanSection> sections() {
        Map<AdviceSection, List<String>> bySection = new EnumMap<>(AdviceSection.class);
        advice.forEach(a -> bySection.computeIfAbsent(a.section(), s -> new ArrayList<>()).add(a.text()));
        return bySection.entrySet().stream().map(e -> new PlanSection(e.getKey(), e.getValue())).toList();
    }
}
