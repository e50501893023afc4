package app.kneetriage.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the plan of an outcome, as {@link TriageEngine} describes: the running answer,
 * the exercises after the exercise limits, the return-to-run steps and the advice in
 * section order.
 */
final class PlanBuilder {

    private static final Comparator<AdviceRule> BY_SECTION = (a, b) -> a.section().compareTo(b.section());

    private PlanBuilder() {
    }

    static Plan build(Answers answers, RuleSet rules, Urgency urgency, List<CauseRule> listed) {
        String topCause = listed.isEmpty() ? null : listed.get(0).code();
        Running running = null;
        for (RunningRule rule : rules.runningRules()) {
            if (rule.holds(urgency, topCause, answers)) {
                running = new Running(rule.advice(), rule.text());
                break;
            }
        }
        Set<AdviceSection> shownSections = shownSections(answers, rules);
        if (urgency == Urgency.URGENT) {
            List<PlanAdvice> advice = new ArrayList<>();
            for (AdviceRule rule : rules.advice()) {
                if (rule.section() == AdviceSection.URGENT_NOW
                        && (rule.whenUrgency() == null || rule.whenUrgency() == urgency)
                        && rule.condition().matches(answers)) {
                    advice.add(new PlanAdvice(rule.section(), rule.text()));
                }
            }
            return new Plan(List.of(), List.of(), advice, running);
        }
        boolean topAlone = !listed.isEmpty() && listed.get(0).planAlone();
        int planCauseCount = topAlone ? 1 : rules.planCauseCount();
        Set<String> planCauseCodes = new HashSet<>();
        Map<String, Exercise> exercises = new LinkedHashMap<>();
        for (int i = 0; i < listed.size() && planCauseCodes.size() < planCauseCount; i++) {
            CauseRule cause = listed.get(i);
            if (i > 0 && cause.planOnlyWhenFirst()) {
                continue;
            }
            planCauseCodes.add(cause.code());
            cause.exerciseCodes().forEach(code -> exercises.computeIfAbsent(code, c -> exercise(rules, c)));
        }

        boolean stop = running != null && running.advice() == RunningAdvice.STOP;
        // the rules' order within a section, the sections in the runner's reading order
        List<AdviceRule> matching = new ArrayList<>();
        for (AdviceRule rule : rules.advice()) {
            if (rule.section() != AdviceSection.URGENT_NOW && shownSections.contains(rule.section())
                    && !(stop && rule.section() == AdviceSection.RETURN_TO_RUN)
                    && (rule.whenUrgency() == null || rule.whenUrgency() == urgency)
                    && (rule.causeCode() == null || planCauseCodes.contains(rule.causeCode()))
                    && rule.condition().matches(answers)) {
                matching.add(rule);
            }
        }
        matching.sort(BY_SECTION);
        List<PlanAdvice> advice = new ArrayList<>(matching.size());
        matching.forEach(rule -> advice.add(new PlanAdvice(rule.section(), rule.text())));
        List<Exercise> planExercises = limitedExercises(exercises.values(), answers, rules, urgency, running, topCause);
        return new Plan(planExercises, stop ? List.of() : rules.returnToRun(), advice, running);
    }

    /** The plan's exercises after every exercise limit that holds, cut to size. */
    private static List<Exercise> limitedExercises(Collection<Exercise> candidates, Answers answers, RuleSet rules,
            Urgency urgency, Running running, String topCause) {
        int max = rules.maxPlanExercises();
        List<ExerciseLimit> holding = new ArrayList<>();
        RunningAdvice advice = running == null ? null : running.advice();
        for (ExerciseLimit limit : rules.exerciseLimits()) {
            if (limit.holds(advice, urgency, topCause, answers)) {
                holding.add(limit);
                if (limit.maxExercises() != null) {
                    max = Math.min(max, limit.maxExercises());
                }
            }
        }
        List<Exercise> kept = new ArrayList<>(Math.min(max, candidates.size()));
        for (Exercise exercise : candidates) {
            if (kept.size() == max) {
                break;
            }
            boolean leftOut = false;
            for (ExerciseLimit limit : holding) {
                leftOut |= limit.leavesOut(exercise);
            }
            if (!leftOut) {
                kept.add(exercise);
            }
        }
        return kept;
    }

    /**
     * A plan's few exercises are found by a walk through the list: cheaper than a map per
     * check.
     */
    private static Exercise exercise(RuleSet rules, String code) {
        for (Exercise exercise : rules.exercises()) {
            if (exercise.code().equals(code)) {
                return exercise;
            }
        }
        return null;
    }

    /** The sections whose rule matches the answers, and every section without a rule. */
    private static Set<AdviceSection> shownSections(Answers answers, RuleSet rules) {
        Set<AdviceSection> shown = EnumSet.allOf(AdviceSection.class);
        for (SectionRule rule : rules.sectionRules()) {
            if (!rule.condition().matches(answers)) {
                shown.remove(rule.section());
            }
        }
        return shown;
    }

}
