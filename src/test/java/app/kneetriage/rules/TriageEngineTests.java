package app.kneetriage.rules;

import static app.kneetriage.rules.TestAnswers.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The engine's mechanics on small hand-made rule sets: scoring, ties, rank-first, urgency
 * reasons and plan assembly. The seeded clinical content is tested in
 * {@code SeededRulesTests}.
 */
class TriageEngineTests {

    private static final Condition FRONT = leaf(Field.LOCATION, Operator.EQUALS, "FRONT");

    private static final Condition DULL = leaf(Field.CHARACTER, Operator.EQUALS, "DULL_ACHE");

    private static final Condition STAIRS = leaf(Field.TIMING, Operator.CONTAINS_ANY, "DOWNSTAIRS");

    private static final Condition AFTER_RUN = leaf(Field.TIMING, Operator.CONTAINS_ANY, "AFTER_RUN");

    @Test
    void scoreIsTheMatchedShareOfTheCauseWeightWithOneReasonPerMatch() {
        CauseRule cause = cause("AA",
                List.of(item(FRONT, 3, "front"), item(DULL, 1, "dull"), item(STAIRS, 2, "stairs")));

        Outcome outcome = TriageEngine.evaluate(answers().build(), rules(List.of(cause)));

        assertThat(outcome.causes()).singleElement().satisfies(c -> {
            assertThat(c.score()).isEqualTo(0.67); // (3 + 1) / 6, rounded
            assertThat(c.reasons()).containsExactly("front", "dull");
        });
    }

    @Test
    void causesWithoutAnyMatchAreLeftOut() {
        CauseRule matching = cause("AA", List.of(item(FRONT, 1, "front")));
        CauseRule silent = cause("BB", List.of(item(STAIRS, 1, "stairs")));

        Outcome outcome = TriageEngine.evaluate(answers().build(), rules(List.of(matching, silent)));

        assertThat(outcome.causes()).extracting(RankedCause::code).containsExactly("AA");
    }

    @Test
    void higherScoreRanksFirstAndEqualScoresKeepRuleSetOrder() {
        CauseRule half = cause("HALF", List.of(item(FRONT, 1, "front"), item(STAIRS, 1, "stairs")));
        CauseRule fullB = cause("FULL_B", List.of(item(DULL, 1, "dull")));
        CauseRule fullA = cause("FULL_A", List.of(item(FRONT, 2, "front")));

        Outcome outcome = TriageEngine.evaluate(answers().build(), rules(List.of(half, fullB, fullA)));

        assertThat(outcome.causes()).extracting(RankedCause::code).containsExactly("FULL_B", "FULL_A", "HALF");
    }

    @Test
    void rankFirstConditionPutsACauseAheadOfHigherScores() {
        CauseRule location = cause("LOCATION", List.of(item(FRONT, 1, "front")));
        CauseRule load = new CauseRule("LOAD", "Load", "Too much",
                List.of(item(AFTER_RUN, 1, "after"), item(STAIRS, 3, "stairs")), AFTER_RUN, List.of());

        Outcome promoted = TriageEngine.evaluate(answers().timing(Timing.AFTER_RUN).build(),
                rules(List.of(location, load)));
        Outcome notPromoted = TriageEngine.evaluate(answers().timing(Timing.DOWNSTAIRS).build(),
                rules(List.of(location, load)));

        assertThat(promoted.causes()).extracting(RankedCause::code).containsExactly("LOAD", "LOCATION");
        assertThat(promoted.causes().get(0).score()).isLessThan(promoted.causes().get(1).score());
        assertThat(notPromoted.causes()).extracting(RankedCause::code).containsExactly("LOCATION", "LOAD");
    }

    @Test
    void firstMatchingUrgencyRuleWinsAndCollectsEveryReasonOfItsLevel() {
        List<UrgencyRule> urgency = List.of(
                new UrgencyRule(Urgency.URGENT, leaf(Field.RED_FLAGS, Operator.NOT_EMPTY), "red flag"),
                new UrgencyRule(Urgency.SEE_PROFESSIONAL, leaf(Field.PAIN_SCORE, Operator.AT_LEAST, "7"), "pain"),
                new UrgencyRule(Urgency.SEE_PROFESSIONAL, leaf(Field.DURATION_DAYS, Operator.GREATER_THAN, "14"),
                        "long"),
                new UrgencyRule(Urgency.SELF_CARE, Condition.ALWAYS, "fine"));
        RuleSet rules = new RuleSet(1, 2, urgency, List.of(cause("AA", List.of(item(FRONT, 1, "front")))), List.of(),
                List.of(), List.of());

        Outcome both = TriageEngine.evaluate(answers().painScore(8).durationDays(20).build(), rules);
        Outcome urgent = TriageEngine.evaluate(answers().painScore(8).redFlags(RedFlag.LOCKING).build(), rules);
        Outcome fine = TriageEngine.evaluate(answers().build(), rules);

        assertThat(both.urgency()).isEqualTo(Urgency.SEE_PROFESSIONAL);
        assertThat(both.urgencyReasons()).containsExactly("pain", "long");
        assertThat(urgent.urgency()).isEqualTo(Urgency.URGENT);
        assertThat(urgent.urgencyReasons()).containsExactly("red flag");
        assertThat(fine.urgency()).isEqualTo(Urgency.SELF_CARE);
        assertThat(fine.urgencyReasons()).containsExactly("fine");
    }

    @Test
    void planDrawsOnTheTopCausesWithoutRepeatsAndAppliesAdviceConditions() {
        CauseRule first = new CauseRule("FIRST", "First", "x", List.of(item(FRONT, 1, "front")), null,
                List.of("E1", "E2"));
        CauseRule second = new CauseRule("SECOND", "Second", "x",
                List.of(item(FRONT, 1, "front"), item(STAIRS, 1, "s")), null, List.of("E2", "E3"));
        CauseRule third = new CauseRule("THIRD", "Third", "x", List.of(item(FRONT, 1, "f"), item(STAIRS, 3, "s")), null,
                List.of("E4"));
        List<AdviceRule> advice = List.of(new AdviceRule(AdviceSection.SEE_PROFESSIONAL, null, null, "see"),
                new AdviceRule(AdviceSection.FIRST_DAYS, null, null, "ice"),
                new AdviceRule(AdviceSection.MANAGEMENT, "THIRD", null, "third only"),
                new AdviceRule(AdviceSection.MANAGEMENT, "FIRST", null, "first only"),
                new AdviceRule(AdviceSection.CONTRIBUTING, null, leaf(Field.SIDE, Operator.EQUALS, "BOTH"), "both"),
                new AdviceRule(AdviceSection.URGENT_NOW, null, null, "go now"));
        RuleSet rules = new RuleSet(1, 2, List.of(), List.of(first, second, third),
                List.of(exercise("E1"), exercise("E2"), exercise("E3"), exercise("E4")), advice,
                List.of(new ReturnStep(1, "walk"), new ReturnStep(2, "run")));

        Plan plan = TriageEngine.evaluate(answers().build(), rules).plan();

        assertThat(plan.exercises()).extracting(Exercise::code).containsExactly("E1", "E2", "E3");
        assertThat(plan.advice()).extracting(PlanAdvice::text).containsExactly("ice", "first only", "see");
        assertThat(plan.returnToRun()).extracting(ReturnStep::week).containsExactly(1, 2);
    }

    @Test
    void anUrgentPlanOnlySaysWhatToDoNow() {
        RuleSet rules = new RuleSet(1, 2,
                List.of(new UrgencyRule(Urgency.URGENT, leaf(Field.RED_FLAGS, Operator.NOT_EMPTY), "red flag")),
                List.of(new CauseRule("AA", "AA", "x", List.of(item(FRONT, 1, "front")), null, List.of("E1"))),
                List.of(exercise("E1")),
                List.of(new AdviceRule(AdviceSection.URGENT_NOW, null, null, "go now"),
                        new AdviceRule(AdviceSection.FIRST_DAYS, null, null, "ice")),
                List.of(new ReturnStep(1, "walk")));

        Outcome outcome = TriageEngine.evaluate(answers().redFlags(RedFlag.GIVING_WAY).build(), rules);

        assertThat(outcome.causes()).extracting(RankedCause::code).containsExactly("AA");
        assertThat(outcome.plan().exercises()).isEmpty();
        assertThat(outcome.plan().returnToRun()).isEmpty();
        assertThat(outcome.plan().advice()).extracting(PlanAdvice::text).containsExactly("go now");
    }

    @Test
    void ruleSetRejectsReferencesToUnknownContent() {
        CauseRule cause = new CauseRule("AA", "AA", "x", List.of(item(FRONT, 1, "front")), null, List.of("MISSING"));

        assertThatThrownBy(() -> rules(List.of(cause))).isInstanceOf(InvalidRuleException.class)
            .hasMessageContaining("unknown exercise MISSING");
    }

    private static Condition leaf(Field field, Operator operator, String... values) {
        return new FieldCondition(field, operator, values);
    }

    private static PatternItem item(Condition condition, int weight, String reason) {
        return new PatternItem(condition, weight, reason);
    }

    private static CauseRule cause(String code, List<PatternItem> pattern) {
        return new CauseRule(code, code + " name", code + " explanation", pattern, null, List.of());
    }

    private static Exercise exercise(String code) {
        return new Exercise(code, code, "Aim", "Do it", 2, 10, null, true, null, 3, null, null);
    }

    private static RuleSet rules(List<CauseRule> causes) {
        return new RuleSet(1, 2, List.of(), causes, List.of(), List.of(), List.of());
    }

}
