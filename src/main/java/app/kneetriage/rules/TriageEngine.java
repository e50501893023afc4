package app.kneetriage.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Triages a runner's answers against one rule set. A pure function: the same answers and
 * rule set always give the same outcome, and nothing outside them is read.
 *
 * <h2>Urgency</h2> Urgency rules are checked in their order. The first rule that matches
 * sets the level; the reasons are those of every matching rule of that level (each text
 * once), so a runner with two warning signs sees both. A rule may also name a cause,
 * which must then come first or be listed with at least the rule's fit ("bone stress
 * needs an examination"), so urgency is decided after the causes are ranked. When no rule
 * matches the level is {@link Urgency#SELF_CARE} without reasons (seeded content ends
 * with an always-matching self-care rule that explains itself).
 *
 * <h2>Scoring and fit</h2> A cause's score is the summed weight of its pattern items
 * whose condition matches, divided by the summed weight of all its pattern items: a
 * number in 0–1, rounded to two decimals for display. Each matched item contributes its
 * reason. The rule set's fit bands turn the score into words ({@link Fit}). Causes that
 * match nothing (score 0) are left out, and so are causes whose {@code listOnlyWhen}
 * condition does not match (a cause named after a place, for another place).
 *
 * <h2>Ranking and ties</h2> Causes whose {@code rankFirstWhen} condition matches come
 * first ("load error ranks first when the load evidence is strong and the location
 * pattern is weak"). Among those, a lower {@code rankFirstPriority} comes first, and
 * causes without one come after those with one (an acute injury before a bone stress
 * injury before the place causes). Then, within each group, causes are ordered by
 * unrounded score, highest first, and equal scores keep the rule set's cause order.
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
 * {@code planAlone}; a cause marked {@code planOnlyWhenFirst} is passed over unless it is
 * first): their exercises in rank order and each cause's own priority order, without
 * repeats, at most {@code maxPlanExercises}; their cause-specific advice; and the general
 * advice whose condition matches, in the sections whose section rule matches. The
 * return-to-run steps, and the advice on returning to running, are left out when the
 * running answer is {@link RunningAdvice#STOP}. Advice with a {@code whenUrgency} is
 * shown only with that urgency. Advice is ordered by section, then by its order in the
 * rule set.
 *
 * <h2>Exercise limits</h2> Every exercise limit that holds for the running answer, the
 * urgency, the cause ranked first and the answers applies: exercises any of them leaves
 * out are dropped, then the plan keeps at most the smallest of their maximums and the
 * rule set's {@code maxPlanExercises}.
 */
public final class TriageEngine {

    /**
     * Ranked first, then by unrounded score, highest first, then in the rule set's order.
     */
    private static final Comparator<Scored> RANKING = (a, b) -> {
        if (a.rankedFirst() != b.rankedFirst()) {
            return a.rankedFirst() ? -1 : 1;
        }
        if (a.rankedFirst()) {
            int byPriority = Integer.compare(priority(a), priority(b));
            if (byPriority != 0) {
                return byPriority;
            }
        }
        int byScore = Double.compare(b.score(), a.score());
        return (byScore != 0) ? byScore : Integer.compare(a.position(), b.position());
    };

    private static int priority(Scored scored) {
        Integer priority = scored.cause().rankFirstPriority();
        return priority == null ? Integer.MAX_VALUE : priority;
    }

    private TriageEngine() {
    }

    public static Outcome evaluate(Answers answers, RuleSet rules) {
        List<Scored> listed = listed(answers, rank(answers, rules));
        List<RankedCause> causes = new ArrayList<>(listed.size());
        listed.forEach(scored -> causes.add(scored.toRankedCause()));
        Urgency urgency = Urgency.SELF_CARE;
        List<String> urgencyReasons = new ArrayList<>();
        boolean matched = false;
        for (UrgencyRule rule : rules.urgencyRules()) {
            if ((!matched || rule.level() == urgency) && rule.condition().matches(answers) && rule.causeHolds(causes)) {
                matched = true;
                urgency = rule.level();
                if (!urgencyReasons.contains(rule.reason())) {
                    urgencyReasons.add(rule.reason());
                }
            }
        }
        List<CauseRule> listedRules = new ArrayList<>(listed.size());
        listed.forEach(scored -> listedRules.add(scored.cause()));
        return new Outcome(rules.version(), urgency, urgencyReasons, causes,
                PlanBuilder.build(answers, rules, urgency, listedRules));
    }

    private static List<Scored> rank(Answers answers, RuleSet rules) {
        List<Scored> scored = new ArrayList<>();
        for (int position = 0; position < rules.causes().size(); position++) {
            CauseRule cause = rules.causes().get(position);
            if (cause.listOnlyWhen() != null && !cause.listOnlyWhen().matches(answers)) {
                continue;
            }
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
