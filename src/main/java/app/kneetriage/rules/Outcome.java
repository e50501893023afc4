package app.kneetriage.rules;

import java.util.List;

/** The engine's answer: how urgent, the likely causes best first, and the plan. */
public record Outcome(int rulesVersion, Urgency urgency, List<String> urgencyReasons, List<RankedCause> causes,
        Plan plan) {

    public Outcome {
        urgencyReasons = List.copyOf(urgencyReasons);
        causes = List.copyOf(causes);
    }
}
