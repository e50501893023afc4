package app.kneetriage.results;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.kneetriage.rules.AdviceSection;
import app.kneetriage.rules.Answers;
import app.kneetriage.rules.Exercise;
import app.kneetriage.rules.Outcome;
import app.kneetriage.rules.PlanAdvice;
import app.kneetriage.rules.Urgency;

/**
 * A stored result arranged for its page: exercises grouped by aim, advice by section.
 * Everything shown comes from the snapshot, so the page never changes after the result
 * was made.
 */
public record ResultPage(StoredResult result, Map<String, List<Exercise>> exercisesByAim,
        Map<AdviceSection, List<String>> advice) {

    public static ResultPage of(StoredResult result) {
        Outcome outcome = result.outcome();
        Map<String, List<Exercise>> byAim = new LinkedHashMap<>();
        outcome.plan().exercises().forEach(e -> byAim.computeIfAbsent(e.aim(), aim -> new ArrayList<>()).add(e));
        Map<AdviceSection, List<String>> advice = new EnumMap<>(AdviceSection.class);
        for (PlanAdvice item : outcome.plan().advice()) {
            advice.computeIfAbsent(item.section(), s -> new ArrayList<>()).add(item.text());
        }
        return new ResultPage(result, byAim, advice);
    }

    public Outcome outcome() {
        return result.outcome();
    }

    public Answers answers() {
        return result.answers();
    }

    public ZonedDateTime createdAtUtc() {
        return result.createdAt().atZone(ZoneOffset.UTC);
    }

    public boolean urgent() {
        return result.outcome().urgency() == Urgency.URGENT;
    }

    public List<String> advice(AdviceSection section) {
        return advice.getOrDefault(section, List.of());
    }
}
