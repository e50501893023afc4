package app.kneetriage.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
 * <h2>Scoring</h2> A cause's score is the summed weight of its pattern items whose
 * condition matches, divided by the summed weight of all its pattern items: a number in
 * 0–1, rounded to two decimals for display. Each matched item contributes its reason.
 * Causes that match nothing (score 0) are left out.
 *
 * <h2>Ranking and ties</h2> Causes whose {@code rankFirstWhen} condition matches come
 * first ("load error ranks first when the load evidence is strong and the location
 * pattern is weak"). Within each of those two groups, causes are ordered by unrounded
 * score, highest first, and equal scores keep the rule set's cause order.
 *
 * <h2>Plan</h2> An urgent outcome's plan has only the {@link AdviceSection#URGENT_NOW}
 * advice: no exercises and no return to running until a professional has seen the knee.
 * Otherwise the plan draws on the first {@code planCauseCount} ranked causes: their
 * exercises in rank order without repeats, their cause-specific advice, the general
 * advice whose condition matches, and the return-to-run steps. Advice is ordered by
 * section, then by its order in the rule set.
 */
public final class TriageEngine {

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
        List<Scored> ranked = rank(answers, rules);
        List<RankedCause> causes = ranked.stream().map(Scored::toRankedCause).toList();
        return new Outcome(rules.version(), urgency, urgencyReasons, causes, plan(answers, rules, urgency, ranked));
    }

    private static List<Scored> rank(Answers answers, RuleSet rules) {
        List<Scored> scored = new ArrayList<>();
        for (int position = 0; position < rules.causes().size(); position++) {
            CauseRule cause = rules.causes().get(position);
            int matchedWeight = 0;
            List<String> reasons = new ArrayList<>();
            for (PatternItem item : cause.pattern()) {
                if (item.condition().matches(answers)) {
                    matchedWeight += item.weight();
                    reasons.add(item.reason());
                }
            }
            if (matchedWeight > 0) {
                boolean first = cause.rankFirstWhen() != null && cause.rankFirstWhen().matches(answers);
                scored.add(new Scored(cause, (double) matchedWeight / cause.totalWeight(), reasons, first, position));
            }
        }
        scored.sort(Comparator.comparing(Scored::rankedFirst)
            .reversed()
            .thenComparing(Comparator.comparingDouble(Scored::score).reversed())
            .thenComparingInt(Scored::position));
        return scored;
    }

    private static Plan plan(Answers answers, RuleSet rules, Urgency urgency, List<Scored> ranked) {
        if (urgency == Urgency.URGENT) {
            List<PlanAdvice> advice = rules.advice()
                .stream()
                .filter(a -> a.section() == AdviceSection.URGENT_NOW && a.condition().matches(answers))
                .map(a -> new PlanAdvice(a.section(), a.text()))
                .toList();
            return new Plan(List.of(), List.of(), advice);
        }
        List<CauseRule> planCauses = ranked.stream().limit(rules.planCauseCount()).map(Scored::cause).toList();
        Set<String> planCauseCodes = planCauses.stream().map(CauseRule::code).collect(Collectors.toSet());

        Map<String, Exercise> byCode = rules.exercisesByCode();
        Map<String, Exercise> exercises = new LinkedHashMap<>();
        planCauses.forEach(c -> c.exerciseCodes().forEach(code -> exercises.putIfAbsent(code, byCode.get(code))));

        List<PlanAdvice> advice = rules.advice()
            .stream()
            .filter(a -> a.section() != AdviceSection.URGENT_NOW)
            .filter(a -> a.causeCode() == null || planCauseCodes.contains(a.causeCode()))
            .filter(a -> a.condition().matches(answers))
            .sorted(Comparator.comparing(AdviceRule::section))
            .map(a -> new PlanAdvice(a.section(), a.text()))
            .toList();
        return new Plan(List.copyOf(exercises.values()), rules.returnToRun(), advice);
    }

    private record Scored(CauseRule cause, double score, List<String> reasons, boolean rankedFirst, int position) {

        RankedCause toRankedCause() {
            double rounded = BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP).doubleValue();
            return new RankedCause(cause.code(), cause.name(), cause.explanation(), rounded, reasons);
        }
    }

}
