package app.kneetriage.ruleadmin.testcases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import app.kneetriage.rules.Exercise;
import app.kneetriage.rules.Outcome;
import app.kneetriage.rules.RankedCause;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a runner would see differently from the draft than from the live version, in the
 * words of the result page: urgency and why, the likely causes and their order, the
 * exercises with their dose, and the answer to "can I run?".
 */
@Component
class OutcomeDifferences {

    private final MessageSource messages;

    OutcomeDifferences(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * One part of the result that differs: what it is, and how each version reads, line
     * by line, so the lines only one version has can be marked.
     */
    record Difference(String what, List<String> live, List<String> draft) {

        public boolean onlyLive(String line) {
            return !draft.contains(line);
        }

        public boolean onlyDraft(String line) {
            return !live.contains(line);
        }

    }

    List<Difference> between(Outcome live, Outcome draft) {
        List<Difference> differences = new ArrayList<>();
        add(differences, "try.diff.urgency", List.of(text("admin.urgency." + live.urgency())),
                List.of(text("admin.urgency." + draft.urgency())));
        add(differences, "try.diff.reasons", reasons(live), reasons(draft));
        add(differences, "try.diff.causes", causes(live), causes(draft));
        add(differences, "try.diff.exercises", exercises(live), exercises(draft));
        add(differences, "try.diff.running", running(live), running(draft));
        return differences;
    }

    private void add(List<Difference> differences, String what, List<String> live, List<String> draft) {
        if (!live.equals(draft)) {
            differences.add(new Difference(text(what), live, draft));
        }
    }

    private List<String> reasons(Outcome outcome) {
        return outcome.urgencyReasons().isEmpty() ? List.of(text("try.diff.nothing")) : outcome.urgencyReasons();
    }

    private List<String> causes(Outcome outcome) {
        if (outcome.causes().isEmpty()) {
            return List.of(text("try.diff.nothing"));
        }
        List<RankedCause> causes = outcome.causes();
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < causes.size(); i++) {
            numbered.add((i + 1) + ". " + causes.get(i).name());
        }
        return numbered;
    }

    private List<String> exercises(Outcome outcome) {
        List<String> names = outcome.plan().exercises().stream().map(e -> e.name() + dose(e)).toList();
        return names.isEmpty() ? List.of(text("try.diff.nothing")) : names;
    }

    /** The dose in short, so "15 → 12 reps" shows as a difference too. */
    private String dose(Exercise exercise) {
        List<String> parts = new ArrayList<>();
        if (exercise.sets() != null) {
            parts.add(text("try.diff.sets", exercise.sets()));
        }
        if (exercise.reps() != null) {
            parts.add(text("try.diff.reps", exercise.reps()));
        }
        if (exercise.holdSeconds() != null) {
            parts.add(text("try.diff.hold", exercise.holdSeconds()));
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private List<String> running(Outcome outcome) {
        return List.of(outcome.plan().running() == null ? text("try.diff.nothing")
                : text("running." + outcome.plan().running().advice() + ".short"));
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, Locale.ENGLISH);
    }

}
