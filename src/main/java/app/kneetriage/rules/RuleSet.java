package app.kneetriage.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One immutable version of the rule content: everything the engine needs to triage
 * answers.
 *
 * @param version the published version number, shown with every result
 * @param planCauseCount how many of the top-ranked causes the plan's exercises and cause
 * advice are drawn from
 * @param urgencyRules checked in order; see {@link TriageEngine}
 * @param causes in their display order, which also breaks ties in ranking
 * @param maxPlanExercises the most exercises a plan lists
 * @param fitBands where the fit words start
 * @param runningRules checked in order for the answer to "can I run?"; the last one
 * always applies; none: the plan has no running answer (content made before there was
 * one)
 * @param sectionRules sections of advice shown only when the answers match
 * @param painMonitoring how a return to running moves up and steps back
 * @param exerciseLimits rules that narrow the plan's exercises (a stop plan without
 * impact, no stretching a fresh strain)
 */
public record RuleSet(int version, int planCauseCount, List<UrgencyRule> urgencyRules, List<CauseRule> causes,
        List<Exercise> exercises, List<AdviceRule> advice, List<ReturnStep> returnToRun, int maxPlanExercises,
        FitBands fitBands, List<RunningRule> runningRules, List<SectionRule> sectionRules,
        PainMonitoringRule painMonitoring, List<ExerciseLimit> exerciseLimits) {

    /** A rule set without exercise limits (content made before version 3). */
    public RuleSet(int version, int planCauseCount, List<UrgencyRule> urgencyRules, List<CauseRule> causes,
            List<Exercise> exercises, List<AdviceRule> advice, List<ReturnStep> returnToRun, int maxPlanExercises,
            FitBands fitBands, List<RunningRule> runningRules, List<SectionRule> sectionRules,
            PainMonitoringRule painMonitoring) {
        this(version, planCauseCount, urgencyRules, causes, exercises, advice, returnToRun, maxPlanExercises, fitBands,
                runningRules, sectionRules, painMonitoring, List.of());
    }

    /** A rule set with the contract's pain-monitoring rule. */
    public RuleSet(int version, int planCauseCount, List<UrgencyRule> urgencyRules, List<CauseRule> causes,
            List<Exercise> exercises, List<AdviceRule> advice, List<ReturnStep> returnToRun, int maxPlanExercises,
            FitBands fitBands, List<RunningRule> runningRules, List<SectionRule> sectionRules) {
        this(version, planCauseCount, urgencyRules, causes, exercises, advice, returnToRun, maxPlanExercises, fitBands,
                runningRules, sectionRules, PainMonitoringRule.DEFAULT, List.of());
    }

    /** The most exercises a plan may be set to list. */
    public static final int MAX_PLAN_EXERCISES = 20;

    public RuleSet {
        urgencyRules = List.copyOf(urgencyRules);
        causes = List.copyOf(causes);
        exercises = List.copyOf(exercises);
        advice = List.copyOf(advice);
        returnToRun = List.copyOf(returnToRun);
        runningRules = List.copyOf(runningRules);
        sectionRules = List.copyOf(sectionRules);
        exerciseLimits = exerciseLimits == null ? List.of() : List.copyOf(exerciseLimits);
        fitBands = fitBands == null ? FitBands.DEFAULT : fitBands;
        painMonitoring = painMonitoring == null ? PainMonitoringRule.DEFAULT : painMonitoring;
        if (planCauseCount < 1 || planCauseCount > 10) {
            throw new InvalidRuleException("the plan draws on 1 to 10 causes");
        }
        if (maxPlanExercises < 1 || maxPlanExercises > MAX_PLAN_EXERCISES) {
            throw new InvalidRuleException("a plan lists 1 to " + MAX_PLAN_EXERCISES + " exercises");
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
        for (RunningRule rule : runningRules) {
            if (rule.whenTopCause() != null && !causeCodes.contains(rule.whenTopCause())) {
                throw new InvalidRuleException("a running rule refers to unknown cause " + rule.whenTopCause());
            }
        }
        if (!runningRules.isEmpty()) {
            RunningRule last = runningRules.get(runningRules.size() - 1);
            if (last.whenUrgency() != null || last.whenTopCause() != null
                    || !last.condition().equals(Condition.ALWAYS)) {
                throw new InvalidRuleException("the last running rule must always apply, so every plan gets an answer");
            }
        }
        for (UrgencyRule rule : urgencyRules) {
            if (rule.whenCause() != null && !causeCodes.contains(rule.whenCause())) {
                throw new InvalidRuleException("an urgency rule refers to unknown cause " + rule.whenCause());
            }
        }
        for (ExerciseLimit limit : exerciseLimits) {
            if (limit.whenTopCause() != null && !causeCodes.contains(limit.whenTopCause())) {
                throw new InvalidRuleException("an exercise limit refers to unknown cause " + limit.whenTopCause());
            }
        }
        unique(sectionRules.stream().map(r -> r.section().name()).toList(), "rule for the section");
    }

    /**
     * Content as version 1 of the contract knew it: no running answer, every scoring
     * cause listed.
     */
    public RuleSet(int version, int planCauseCount, List<UrgencyRule> urgencyRules, List<CauseRule> causes,
            List<Exercise> exercises, List<AdviceRule> advice, List<ReturnStep> returnToRun) {
        this(version, planCauseCount, urgencyRules, causes, exercises, advice, returnToRun, MAX_PLAN_EXERCISES,
                FitBands.DEFAULT, List.of(), List.of());
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
