package app.kneetriage.rules.content;

import app.kneetriage.rules.AdviceRule;
import app.kneetriage.rules.CauseRule;
import app.kneetriage.rules.Condition;
import app.kneetriage.rules.Exercise;
import app.kneetriage.rules.ExerciseLimit;
import app.kneetriage.rules.PatternItem;
import app.kneetriage.rules.ReturnStep;
import app.kneetriage.rules.RunningRule;
import app.kneetriage.rules.SectionRule;
import app.kneetriage.rules.UrgencyRule;

/**
 * The other direction of {@link RuleSetLoader}: the engine's records, already checked
 * when they were made, written into the draft's rows. A condition that always holds is
 * stored as none, as the admin forms have always stored it.
 */
final class RuleSetEntries {

    private RuleSetEntries() {
    }

    /** Everything but the pattern and the plan, which are rows of their own. */
    static void copy(CauseRule from, CauseEntry to) {
        to.setCode(from.code());
        to.setName(from.name());
        to.setExplanation(from.explanation());
        to.setRankFirstWhen(from.rankFirstWhen());
        to.setListWhenWeak(from.listWhenWeak());
        to.setPlanAlone(from.planAlone());
        to.setPlanOnlyWhenFirst(from.planOnlyWhenFirst());
        to.setListOnlyWhen(from.listOnlyWhen());
        to.setRankFirstPriority(from.rankFirstPriority());
    }

    static PatternItemEntry patternItem(PatternItem from) {
        PatternItemEntry to = new PatternItemEntry();
        to.setCondition(from.condition());
        to.setWeight(from.weight());
        to.setReason(from.reason());
        return to;
    }

    /** Everything but the code, which names the exercise for good, and the picture. */
    static void copy(Exercise from, ExerciseEntry to) {
        to.setName(from.name());
        to.setAim(from.aim());
        to.setHowTo(from.howTo());
        to.setSets(from.sets());
        to.setReps(from.reps());
        to.setHoldSeconds(from.holdSeconds());
        to.setPerSide(from.perSide());
        to.setCaution(from.caution());
        to.setTimesPerWeek(from.timesPerWeek());
        to.setProgression(from.progression());
        to.setKind(from.kind());
        to.setLoadsKnee(from.loadsKnee());
    }

    static UrgencyRuleEntry urgencyRule(UrgencyRule from) {
        UrgencyRuleEntry to = new UrgencyRuleEntry();
        to.setLevel(from.level());
        to.setCondition(from.condition());
        to.setReason(from.reason());
        to.setWhenCause(from.whenCause());
        to.setWhenCauseFit(from.whenCauseFit());
        return to;
    }

    /**
     * @param cause the draft's cause the advice is tied to, or null
     */
    static AdviceEntry advice(AdviceRule from, CauseEntry cause) {
        AdviceEntry to = new AdviceEntry();
        to.setSection(from.section());
        to.setCause(cause);
        to.setCondition(noneIfAlways(from.condition()));
        to.setText(from.text());
        to.setWhenUrgency(from.whenUrgency());
        return to;
    }

    static ReturnStepEntry returnStep(ReturnStep from) {
        ReturnStepEntry to = new ReturnStepEntry();
        to.setWeekNumber(from.week());
        to.setDescription(from.description());
        to.copyPlanFrom(from.sessions(), from.walkMinutes(), from.runMinutes());
        return to;
    }

    static RunningRuleEntry runningRule(RunningRule from) {
        RunningRuleEntry to = new RunningRuleEntry();
        to.setAdvice(from.advice());
        to.setWhenUrgency(from.whenUrgency());
        to.setWhenTopCause(from.whenTopCause());
        to.setCondition(noneIfAlways(from.condition()));
        to.setText(from.text());
        return to;
    }

    static SectionRuleEntry sectionRule(SectionRule from) {
        SectionRuleEntry to = new SectionRuleEntry();
        to.setSection(from.section());
        to.setCondition(from.condition());
        return to;
    }

    static ExerciseLimitEntry exerciseLimit(ExerciseLimit from) {
        ExerciseLimitEntry to = new ExerciseLimitEntry();
        to.setWhenRunning(from.whenRunning());
        to.setWhenUrgency(from.whenUrgency());
        to.setWhenTopCause(from.whenTopCause());
        to.setCondition(noneIfAlways(from.condition()));
        to.setMaxExercises(from.maxExercises());
        to.setLeaveOutLoadingKnee(from.leaveOutLoadingKnee());
        to.setLeaveOutKinds(from.leaveOutKinds());
        return to;
    }

    /** The records read a missing condition as always; the rows keep it missing. */
    private static Condition noneIfAlways(Condition condition) {
        return Condition.ALWAYS.equals(condition) ? null : condition;
    }

}
