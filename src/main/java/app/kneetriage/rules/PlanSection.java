package app.kneetriage.rules;

import java.util.List;

/** One section of a plan's advice, in reading order. */
public record PlanSection(AdviceSection section, List<String> advice) {

    public PlanSection {
        advice = List.copyOf(advice);
    }

}
