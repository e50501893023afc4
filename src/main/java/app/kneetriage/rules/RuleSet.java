package app.kneetriage.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One immutable version of the rule content: everything the engine needs to triage
 * answers.
 *
 * @param version the published version number, shown with every result
 * @param planCauseCount how many of the top-ranked causes the plan's exercises and cause
 * advice are drawn from
 * @param urgencyRules checked in order; see {@link TriageEngine}
 * @param causes in their display order, which also breaks ties in ranking
 */
public record RuleSet(int version, int planCauseCount, List<UrgencyRule> urgencyRules, List<CauseRule> causes,
        List<Exercise> exercises, List<AdviceRule> advice, List<ReturnStep> returnToRun) {

    public RuleSet {
        urgencyRules = List.copyOf(urgencyRules);
        causes = List.copyOf(causes);
        exercises = List.copyOf(exercises);
        advice = List.copyOf(advice);
        returnToRun = List.copyOf(returnToRun);
        if (planCauseCount < 1 || planCauseCount > 10) {
            throw new InvalidRuleException("the plan draws on 1 to 10 causes");
        }
        Set<String> causeCodes = unique(causes.stream().map(CauseRule::code).toList(), "cause code");
        Set<String> exerciseCodes = unique(exercises.stream().map(Exercise::code).toList(), "exercise code");
        for (CauseRule cause : causes) {
            for (String code : cause.exerciseCodes()) {
                if (!exerciseCodes.contains(code)) {
                    throw new InvalidRuleException("cause " + cause.code() + " lists unknown exercise " + code);
                }
            }
        }
        for (AdviceRule rule : advice) {
            if (rule.causeCode() != null && !causeCodes.contains(rule.causeCode())) {
                throw new InvalidRuleException("advice refers to unknown cause " + rule.causeCode());
            }
        }
        for (int i = 1; i < returnToRun.size(); i++) {
            if (returnToRun.get(i).week() <= returnToRun.get(i - 1).week()) {
                throw new InvalidRuleException("return-to-run weeks must increase");
            }
        }
    }

    Map<String, Exercise> exercisesByCode() {
        return exercises.stream().collect(Collectors.toMap(Exercise::code, Function.identity()));
    }

    private static Set<String> unique(List<String> codes, String what) {
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            if (!seen.add(code)) {
                throw new InvalidRuleException("duplicate " + what + " " + code);
            }
        }
        return seen;
    }
}
