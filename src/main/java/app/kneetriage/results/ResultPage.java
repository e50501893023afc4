package app.kneetriage.results;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import app.kneetriage.rules.AdviceSection;
import app.kneetriage.rules.Answers;
import app.kneetriage.rules.Exercise;
import app.kneetriage.rules.Outcome;
import app.kneetriage.rules.PlanAdvice;
import app.kneetriage.rules.PlanSection;
import app.kneetriage.rules.ReturnStep;
import app.kneetriage.rules.Running;
import app.kneetriage.rules.RunningAdvice;
import app.kneetriage.rules.Urgency;

/**
 * A stored result arranged for its page: advice by section, and each exercise's dose.
 * Everything shown comes from the snapshot, so the page never changes after the result
 * was made.
 */
public record ResultPage(StoredResult result, Map<AdviceSection, List<String>> advice) {

    private static final Set<AdviceSection> OWN_PLACE = EnumSet.of(AdviceSection.URGENT_NOW, AdviceSection.FIRST_DAYS,
            AdviceSection.RETURN_TO_RUN, AdviceSection.SEE_PROFESSIONAL);

    public static ResultPage of(StoredResult result) {
        Outcome outcome = result.outcome();
        Map<AdviceSection, List<String>> advice = new EnumMap<>(AdviceSection.class);
        for (PlanAdvice item : outcome.plan().advice()) {
            advice.computeIfAbsent(item.section(), s -> new ArrayList<>()).add(item.text());
        }
        return new ResultPage(result, advice);
    }

    public Outcome outcome() {
        return result.outcome();
    }

    public Answers answers() {
        return result.answers();
    }

    /** The name the runner gave for whoever they share the link with, or {@code null}. */
    public String nickname() {
        return result.nickname();
    }

    /** The checks this share link showed before, newest first. */
    public List<EarlierCheck> history() {
        return result.history();
    }

    /**
     * The row of the return-to-run table for the week the reader is in, counting from the
     * day of the check; {@code null} unless running is paused and the plan has a table.
     */
    public ReturnStep returnToRunWeek(Instant now) {
        List<ReturnStep> steps = outcome().plan().returnToRun();
        Running running = outcome().plan().running();
        if (steps.isEmpty() || running == null || running.advice() != RunningAdvice.PAUSE) {
            return null;
        }
        long week = Math.max(0, Duration.between(result.createdAt(), now).toDays()) / 7 + 1;
        return steps.get((int) Math.min(week, steps.size()) - 1);
    }

    public boolean urgent() {
        return result.outcome().urgency() == Urgency.URGENT;
    }

    public List<String> advice(AdviceSection section) {
        return advice.getOrDefault(section, List.of());
    }

    /**
     * The sections of advice shown as plain lists, in reading order; the first days, the
     * return to running and when to see a professional have places of their own on the
     * page.
     */
    public List<PlanSection> planSections() {
        return result.outcome().plan().sections().stream().filter(s -> !OWN_PLACE.contains(s.section())).toList();
    }

    /** The message key of an exercise's dose, by which parts of it are given. */
    public String doseKey(Exercise exercise) {
        String sets = exercise.sets() == null ? "" : "sets";
        String reps = exercise.reps() == null ? "" : "Reps";
        String hold = exercise.holdSeconds() == null ? "" : "Hold";
        String parts = sets + reps + hold;
        return parts.isEmpty() ? "result.plan.dose.free" : "result.plan.dose." + lowerFirst(parts);
    }

    /** The dose's numbers, in the order {@link #doseKey} names them. */
    public Object[] doseArgs(Exercise exercise) {
        return Stream.of(exercise.sets(), exercise.reps(), exercise.holdSeconds()).filter(Objects::nonNull).toArray();
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
