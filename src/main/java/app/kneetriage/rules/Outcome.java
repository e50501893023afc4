package app.kneetriage.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** The engine's answer: how urgent, the likely causes best first, and the plan. */
public record Outcome(int rulesVersion, Urgency urgency, List<String> urgencyReasons, List<RankedCause> causes,
        Plan plan) {

    public Outcome {
        urgencyReasons = List.copyOf(urgencyReasons);
        causes = List.copyOf(causes);
    }

    /**
     * Every text the runner reads, in reading order: urgency reasons, each cause's name,
     * explanation and reasons, the running answer, each exercise's name, aim, how-to,
     * caution and progression, the weeks of the return to running, and the advice.
     */
    public List<String> texts() {
        List<String> texts = new ArrayList<>(urgencyReasons);
        for (RankedCause cause : causes) {
            texts.add(cause.name());
            texts.add(cause.explanation());
            texts.addAll(cause.reasons());
        }
        if (plan.running() != null) {
            texts.add(plan.running().text());
        }
        for (Exercise exercise : plan.exercises()) {
            Stream.of(exercise.name(), exercise.aim(), exercise.howTo(), exercise.caution(), exercise.progression())
                .filter(Objects::nonNull)
                .forEach(texts::add);
        }
        plan.returnToRun().forEach(step -> texts.add(step.description()));
        plan.advice().forEach(advice -> texts.add(advice.text()));
        return texts;
    }
}
