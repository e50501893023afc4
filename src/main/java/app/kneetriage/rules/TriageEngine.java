package app.kneetriage.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Triages a runner's answers against one rule set. A pure function: the same answers and
 * rule set always give the same outcome, and nothing outside them is read.
 *
 * <h2>Urgency</h2> Urgency rules are checked in their order. The first rule that matches
 * sets the level; the reasons are those of every matching rule of that level, so a runner
 * with two warning signs sees both. When no rule matches the level is
 * {@link Urgency#SELF_CARE} without reasons (seeded content ends with an always-matching
 * self-care rule that explains itself).
 *
 * <h2>Scoring and fit</h2> A cause's score is the summed weight of its pattern items
 * whose condition matches, divided by the summed weight of all its pattern items: a
 * number in 0–1, rounded to two decimals for display. Each matched item contributes its
 * reason. The rule set's fit bands turn the score into words ({@link Fit}). Causes that
 * match nothing (score 0) are left out.
 *
 * <h2>Ranking and ties</h2> Causes whose {@code rankFirstWhen} condition matches come
 * first ("load error ranks first when the load evidence is strong and the location
 * pattern is weak"). Within each of those two groups, causes are ordered by unrounded
 * score, highest first, and equal scores keep the rule set's cause order.
 *
 * <h2>Listing</h2> A cause with a weak fit is listed only when it ranks first or its
 * {@code listWhenWeak} condition matches, so a single stray answer lists no cause that
 * nothing else supports.
 *
 * <h2>Plan</h2> The running answer comes from the first running rule that holds for the
 * urgency, the cause ranked first and the answers. An urgent outcome's plan has only the
 * {@link AdviceSection#URGENT_NOW} advice: no exercises and no return to running until a
 * professional has seen the knee. Otherwise the plan draws on the first
 * {@code planCauseCount} listed causes (only the first when it is marked
 * {@code planAlone}): their exercises in rank order and each cause's own priority order,
 * without repeats, at most {@code maxPlanExercises}; their cause-specific advice; and the
 * general advice whose condition matches, in the sections whose section rule matches. The
 * return-to-run steps, and the advice on returning to running, are left out when the
 * running answer is {@link RunningAdvice#STOP}. Advice is ordered by section, then by its
 * order in the rule set.
 */
public final class TriageEngine {

    /**
     * Ranked first, then by unrounded score, highest first, then in the rule set's order.
     */
    private static final Comparator<Scored> RANKING = (a, b) -> {
        if (a.rankedFirst() != b.rankedFirst()) {
            return a.rankedFirst() ? -1 : 1;
        }
        int byScore = Double.compare(b.score(), a.score());
        return (byScore != 0) ? byScore : Integer.compare(a.position(), b.position());
    };

    private static final Comparator<AdviceRule> BY_SECTION = (a, b) -> a.section().compareTo(b.section());

    private TriageEngine() {
    }

    public static Outcome evaluate(Answers answers, RuleSet rules) {
        Urgency urgency = Urgency.SELF_CARE;
        List<String> urgencyReasons = new ArrayList<>();
        for (UrgencyRule rule : rules.urgencyRules()) {
            if (rule.condition().matches(answers) && (urgencyReasons.isEmpty() || rule.level() == urgency)) {
                urgency = rule.level();
                urgencyReasons.add(rule.reason());
            }
        }
        List<Scored> listed = listed(answers, rank(answers, rules));
        List<RankedCause> causes = new ArrayList<>(listed.size());
        listed.forEach(scored -> causes.add(scored.toRankedCause()));
        return new Outcome(rules.version(), urgency, urgencyReasons, causes, plan(answers, rules, urgency, listed));
    }

    private static List<Scored> rank(Answers answers, RuleSet rules) {
        List<Scored> scored = new ArrayList<>();
        for (int position = 0; position < rules.causes().size(); position++) {
            CauseRule cause = rules.causes().get(position);
            int matchedWeight = 0;
            List<String> reasons = null;
            for (PatternItem item : cause.pattern()) {
                if (item.condition().matches(answers)) {
                    matchedWeight += item.weight();
                    if (reasons == null) {
                        reasons = new ArrayList<>(cause.pattern().size());
                    }
                    reasons.add(item.reason());
                }
            }
            if (matchedWeight > 0) {
                boolean first = cause.rankFirstWhen() != null && cause.rankFirstWhen().matches(answers);
                int totalWeight = cause.totalWeight();
                double score = (double) matchedWeight / totalWeight;
                scored.add(new Scored(cause, score, matchedWeight, totalWeight, reasons, first, position,
                        rules.fitBands().of(score)));
            }
        }
        scored.sort(RANKING);
        return scored;
    }

    private static List<Scored> listed(Answers answers, List<Scored> ranked) {
        List<Scored> listed = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Scored cause = ranked.get(i);
            Condition listWhenWeak = cause.cause().listWhenWeak();
            if (i == 0 || cause.fit() != Fit.WEAK || (listWhenWeak != null && listWhenWeak.matches(answers))) {
                listed.add(cause);
            }
        }
        return listed;
    }

    private static Plan plan(Answers answers, RuleSet rules, Urgency urgency, List<Scored> listed) {
        String topCause = listed.isEmpty() ? null : listed.get(0).cause().code();
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
                if (rule.section() == AdviceSection.URGENT_NOW && rule.condition().matches(answers)) {
                    advice.add(new PlanAdvice(rule.section(), rule.text()));
                }
            }
            return new Plan(List.of(), List.of(), advice, running);
        }
        boolean topAlone = !listed.isEmpty() && listed.get(0).cause().planAlone();
        int planCauseCount = Math.min(listed.size(), topAlone ? 1 : rules.planCauseCount());
        Set<String> planCauseCodes = new HashSet<>();
        Map<String, Exercise> exercises = new LinkedHashMap<>();
        for (int i = 0; i < planCauseCount; i++) {
            CauseRule cause = listed.get(i).cause();
            planCauseCodes.add(cause.code());
            cause.exerciseCodes().forEach(code -> exercises.computeIfAbsent(code, c -> exercise(rules, c)));
        }

        boolean stop = running != null && running.advice() == RunningAdvice.STOP;
        // the rules' order within a section, the sections in the runner's reading order
        List<AdviceRule> matching = new ArrayList<>();
        for (AdviceRule rule : rules.advice()) {
            if (rule.section() != AdviceSection.URGENT_NOW && shownSections.contains(rule.section())
                    && !(stop && rule.section() == AdviceSection.RETURN_TO_RUN)
                    && (rule.causeCode() == null || planCauseCodes.contains(rule.causeCode()))
                    && rule.condition().matches(answers)) {
                matching.add(rule);
            }
        }
        matching.sort(BY_SECTION);
        List<PlanAdvice> advice = new ArrayList<>(matching.size());
        matching.forEach(rule -> advice.add(new PlanAdvice(rule.section(), rule.text())));
        List<Exercise> planExercises = new ArrayList<>(exercises.values());
        return new Plan(planExercises.subList(0, Math.min(planExercises.size(), rules.maxPlanExercises())),
                stop ? List.of() : rules.returnToRun(), advice, running);
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

    private record Scored(CauseRule cause, double score, int matchedWeight, int totalWeight, List<String> reasons,
            boolean rankedFirst, int position, Fit fit) {

        /**
         * The score to two places, half up, from the weights themselves: the same as
         * rounding the score's decimal form, without writing it out.
         */
        RankedCause toRankedCause() {
            double rounded = (double) ((200L * matchedWeight + totalWeight) / (2L * totalWeight)) / 100;
            return new RankedCause(cause.code(), cause.name(), cause.explanation(), rounded, reasons, fit);
        }

    }

}
