package app.kneetriage.rules;

import static app.kneetriage.rules.TestAnswers.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The kinds of rule data version 3 of the contract added, on small hand-made rule sets:
 * causes listed only for their place, rank-first priorities, urgency that follows a
 * cause, exercise limits, advice for one urgency, and conditions on answers not given.
 */
class TriageEngineVersion3Tests {

    private static final Condition FRONT = leaf(Field.LOCATION, Operator.EQUALS, "FRONT");

    private static final Condition INNER = leaf(Field.LOCATION, Operator.EQUALS, "INNER");

    private static final Condition SHARP = leaf(Field.CHARACTER, Operator.EQUALS, "SHARP");

    private static final Condition DULL = leaf(Field.CHARACTER, Operator.EQUALS, "DULL_ACHE");

    @Test
    void aCauseListedOnlyForItsPlaceIsLeftOutElsewhereHoweverWellItScores() {
        CauseRule outer = cause("OUTER_PLACE", List.of(item(SHARP, 3, "sharp")), null,
                leaf(Field.LOCATION, Operator.EQUALS, "OUTER"), null);
        CauseRule inner = cause("INNER_PLACE", List.of(item(INNER, 1, "inner"), item(DULL, 3, "dull")), null, INNER,
                null);

        Outcome outcome = TriageEngine.evaluate(
                answers().location(Location.INNER).character(PainCharacter.SHARP).build(),
                rules(List.of(outer, inner)));

        assertThat(outcome.causes()).extracting(RankedCause::code).containsExactly("INNER_PLACE");
    }

    @Test
    void amongCausesThatRankFirstByRuleTheLowestPriorityComesFirstThenThoseWithout() {
        CauseRule noPriority = cause("PLACE", List.of(item(FRONT, 1, "front")), Condition.ALWAYS, null, null);
        CauseRule second = cause("SECOND", List.of(item(FRONT, 1, "front"), item(SHARP, 9, "sharp")), Condition.ALWAYS,
                null, 2);
        CauseRule first = cause("FIRST", List.of(item(FRONT, 1, "front"), item(SHARP, 9, "sharp")), Condition.ALWAYS,
                null, 1);

        Outcome outcome = TriageEngine.evaluate(answers().build(), rules(List.of(noPriority, second, first)));

        assertThat(outcome.causes()).extracting(RankedCause::code).containsExactly("FIRST", "SECOND", "PLACE");
        assertThat(outcome.causes().get(0).score()).isLessThan(outcome.causes().get(2).score());
    }

    @Test
    void anUrgencyRuleOnACauseHoldsWhenItComesFirstOrFitsWellEnoughAndSaysItsReasonOnce() {
        CauseRule bone = cause("BONE", List.of(item(SHARP, 1, "sharp"), item(FRONT, 1, "front")), null, null, null);
        CauseRule place = cause("PLACE", List.of(item(FRONT, 1, "front")), null, null, null);
        List<UrgencyRule> urgency = List.of(
                new UrgencyRule(Urgency.SEE_PROFESSIONAL, Condition.ALWAYS, "bone", "BONE", Fit.MODERATE),
                new UrgencyRule(Urgency.SEE_PROFESSIONAL, Condition.ALWAYS, "bone", "BONE", null),
                new UrgencyRule(Urgency.SELF_CARE, Condition.ALWAYS, "fine"));
        RuleSet rules = new RuleSet(1, 2, urgency, List.of(place, bone), List.of(), List.of(), List.of(), 5,
                FitBands.DEFAULT, List.of(), List.of());

        Outcome moderateSecond = TriageEngine.evaluate(answers().build(), rules);
        Outcome strongFirst = TriageEngine.evaluate(answers().character(PainCharacter.SHARP).build(), rules);
        Outcome absent = TriageEngine.evaluate(answers().location(Location.BACK).build(), rules);

        assertThat(moderateSecond.causes()).extracting(RankedCause::code).containsExactly("PLACE", "BONE");
        assertThat(moderateSecond.urgency()).isEqualTo(Urgency.SEE_PROFESSIONAL);
        assertThat(moderateSecond.urgencyReasons()).containsExactly("bone");
        assertThat(strongFirst.urgencyReasons()).containsExactly("bone");
        assertThat(absent.urgency()).isEqualTo(Urgency.SELF_CARE);
    }

    @Test
    void anUrgencyRuleOnlyForACauseThatComesFirstIgnoresItLowerDown() {
        CauseRule weak = cause("WEAK", List.of(item(FRONT, 1, "front"), item(SHARP, 3, "sharp")), null, null, null);
        CauseRule place = cause("PLACE", List.of(item(FRONT, 1, "front")), null, null, null);
        List<UrgencyRule> urgency = List.of(
                new UrgencyRule(Urgency.SEE_PROFESSIONAL, Condition.ALWAYS, "weak", "WEAK", Fit.MODERATE),
                new UrgencyRule(Urgency.SELF_CARE, Condition.ALWAYS, "fine"));
        RuleSet rules = new RuleSet(1, 2, urgency, List.of(place, weak), List.of(), List.of(), List.of(), 5,
                FitBands.DEFAULT, List.of(), List.of());

        Outcome outcome = TriageEngine.evaluate(answers().build(), rules);

        assertThat(outcome.urgency()).isEqualTo(Urgency.SELF_CARE);
    }

    @Test
    void exerciseLimitsLeaveOutFirstThenKeepTheSmallestMaximum() {
        List<Exercise> exercises = List.of(exercise("JUMP", ExerciseKind.STRENGTH, true),
                exercise("STRETCH", ExerciseKind.STRETCH, false), exercise("BRIDGE", ExerciseKind.STRENGTH, false),
                exercise("HOLD", ExerciseKind.ISOMETRIC, false), exercise("PLANK", ExerciseKind.ISOMETRIC, false));
        CauseRule cause = new CauseRule("AA", "AA", "x", List.of(item(FRONT, 1, "front")), null,
                List.of("JUMP", "STRETCH", "BRIDGE", "HOLD", "PLANK"));
        List<ExerciseLimit> limits = List.of(new ExerciseLimit(RunningAdvice.STOP, null, null, null, 3, true, Set.of()),
                new ExerciseLimit(null, null, null, leaf(Field.ONSET, Operator.EQUALS, "SUDDEN"), null, false,
                        Set.of(ExerciseKind.STRETCH)),
                new ExerciseLimit(null, Urgency.SELF_CARE, "AA", leaf(Field.PAIN_SCORE, Operator.AT_MOST, "2"), 2,
                        false, Set.of()));
        List<RunningRule> running = List.of(
                new RunningRule(RunningAdvice.STOP, null, null, leaf(Field.PAIN_SCORE, Operator.AT_LEAST, "8"), "stop"),
                new RunningRule(RunningAdvice.REDUCE, null, null, null, "reduce"));
        RuleSet rules = new RuleSet(1, 2, List.of(), List.of(cause), exercises, List.of(), List.of(), 5,
                FitBands.DEFAULT, running, List.of(), PainMonitoringRule.DEFAULT, limits);

        assertThat(names(TriageEngine.evaluate(answers().build(), rules))).containsExactly("JUMP", "STRETCH", "BRIDGE",
                "HOLD", "PLANK");
        assertThat(names(TriageEngine.evaluate(answers().painScore(8).build(), rules))).containsExactly("STRETCH",
                "BRIDGE", "HOLD");
        assertThat(names(TriageEngine.evaluate(answers().painScore(8).onset(Onset.SUDDEN).build(), rules)))
            .containsExactly("BRIDGE", "HOLD", "PLANK");
        assertThat(names(TriageEngine.evaluate(answers().painScore(2).build(), rules))).containsExactly("JUMP",
                "STRETCH");
    }

    @Test
    void adviceForOneUrgencyShowsOnlyWithIt() {
        List<UrgencyRule> urgency = List.of(new UrgencyRule(Urgency.SEE_PROFESSIONAL,
                leaf(Field.DURATION_DAYS, Operator.GREATER_THAN, "14"), "long"),
                new UrgencyRule(Urgency.SELF_CARE, Condition.ALWAYS, "fine"));
        List<AdviceRule> advice = List.of(
                new AdviceRule(AdviceSection.SEE_PROFESSIONAL, null, null, "in two weeks", Urgency.SELF_CARE),
                new AdviceRule(AdviceSection.SEE_PROFESSIONAL, null, null, "who and when", Urgency.SEE_PROFESSIONAL),
                new AdviceRule(AdviceSection.SEE_PROFESSIONAL, null, null, "safety net"));
        RuleSet rules = new RuleSet(1, 2, urgency, List.of(cause("AA", List.of(item(FRONT, 1, "f")), null, null, null)),
                List.of(), advice, List.of());

        assertThat(TriageEngine.evaluate(answers().durationDays(5).build(), rules).plan().advice())
            .extracting(PlanAdvice::text)
            .containsExactly("in two weeks", "safety net");
        assertThat(TriageEngine.evaluate(answers().durationDays(20).build(), rules).plan().advice())
            .extracting(PlanAdvice::text)
            .containsExactly("who and when", "safety net");
    }

    @Test
    void notAnsweredMatchesOnlyAMissingAnswerAndEveryOtherOperatorNeedsOne() {
        Condition ageNotGiven = leaf(Field.AGE, Operator.NOT_ANSWERED);
        Condition limpNotGiven = leaf(Field.LIMP, Operator.NOT_ANSWERED);
        Condition limp = leaf(Field.LIMP, Operator.IS_TRUE);
        KneeSigns limping = new KneeSigns(null, null, true, null, null, null);

        assertThat(ageNotGiven.matches(answers().build())).isTrue();
        assertThat(ageNotGiven.matches(answers().age(40).build())).isFalse();
        assertThat(limpNotGiven.matches(answers().build())).isTrue();
        assertThat(limpNotGiven.matches(answers().knee(limping).build())).isFalse();
        assertThat(limp.matches(answers().knee(limping).build())).isTrue();
        assertThat(limp.matches(answers().build())).isFalse();
        assertThat(leaf(Field.BONE_HEALTH, Operator.NOT_EMPTY)
            .matches(answers().boneHealth(BoneHealth.LOW_BONE_DENSITY).build())).isTrue();
        assertThatThrownBy(() -> leaf(Field.LOCATION, Operator.NOT_ANSWERED)).isInstanceOf(InvalidRuleException.class);
    }

    @Test
    void ruleSetRejectsUrgencyRulesAndLimitsOnUnknownCauses() {
        CauseRule cause = cause("AA", List.of(item(FRONT, 1, "front")), null, null, null);
        List<UrgencyRule> urgency = List
            .of(new UrgencyRule(Urgency.SEE_PROFESSIONAL, Condition.ALWAYS, "x", "MISSING", null));

        assertThatThrownBy(() -> new RuleSet(1, 2, urgency, List.of(cause), List.of(), List.of(), List.of()))
            .hasMessageContaining("unknown cause MISSING");
        assertThatThrownBy(() -> new ExerciseLimit(null, null, null, null, null, false, Set.of()))
            .isInstanceOf(InvalidRuleException.class);
    }

    private static List<String> names(Outcome outcome) {
        return outcome.plan().exercises().stream().map(Exercise::code).toList();
    }

    private static Condition leaf(Field field, Operator operator, String... values) {
        return new FieldCondition(field, operator, values);
    }

    private static PatternItem item(Condition condition, int weight, String reason) {
        return new PatternItem(condition, weight, reason);
    }

    private static CauseRule cause(String code, List<PatternItem> pattern, Condition rankFirstWhen,
            Condition listOnlyWhen, Integer priority) {
        return new CauseRule(code, code + " name", code + " explanation", pattern, rankFirstWhen, List.of(),
                Condition.ALWAYS, false, listOnlyWhen, priority, false);
    }

    private static Exercise exercise(String code, ExerciseKind kind, boolean loadsKnee) {
        return new Exercise(code, code, "Aim", "Do it", 2, 10, null, true, null, 3, null, null, kind, loadsKnee);
    }

    private static RuleSet rules(List<CauseRule> causes) {
        return new RuleSet(1, 2, List.of(), causes, List.of(), List.of(), List.of());
    }

}
