package app.kneetriage.rules.content;

import static app.kneetriage.rules.TestAnswers.answers;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import app.kneetriage.rules.Answers;
import app.kneetriage.rules.Location;
import app.kneetriage.rules.Onset;
import app.kneetriage.rules.Outcome;
import app.kneetriage.rules.PainCharacter;
import app.kneetriage.rules.PlanAdvice;
import app.kneetriage.rules.RankedCause;
import app.kneetriage.rules.RedFlag;
import app.kneetriage.rules.RuleSet;
import app.kneetriage.rules.Side;
import app.kneetriage.rules.TestAnswers;
import app.kneetriage.rules.Timing;
import app.kneetriage.rules.Training;
import app.kneetriage.rules.TriageEngine;
import app.kneetriage.rules.Urgency;
import app.kneetriage.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The seeded content, loaded from the database, against the contract's clinical table.
 * Each test starts from a plain self-care case (front of the knee, dull ache, pain 3, 5
 * days) and changes what the row is about.
 */
@DatabaseTest
class SeededRulesTests {

    @Autowired
    RuleVersionRepository versions;

    @Autowired
    RuleSetLoader loader;

    RuleSet rules;

    @BeforeEach
    void loadSeededRules() {
        // the seeded version itself: other tests may publish edited copies meanwhile
        rules = loader.load(versions.findByVersionNumber(3).orElseThrow().getId());
    }

    @Test
    void encodesTheTenCausesOfContractVersionThree() {
        assertThat(rules.causes()).extracting(c -> c.code())
            .containsExactly("PFPS", "ITBS", "MEDIAL", "POSTERIOR", "LOAD_ERROR", "JOINT", "ACUTE_INJURY",
                    "BONE_STRESS", "GROWTH_PLATE", "PATELLAR_TENDON");
        assertThat(rules.version()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(RedFlag.class)
    void anyRedFlagIsUrgentEvenWhenEverythingElseIsMild(RedFlag flag) {
        Outcome outcome = evaluate(answers().redFlags(flag));

        assertThat(outcome.urgency()).isEqualTo(Urgency.URGENT);
        assertThat(outcome.urgencyReasons()).hasSize(1);
        assertThat(outcome.plan().returnToRun()).isEmpty();
        assertThat(outcome.plan().exercises()).isEmpty();
        assertThat(outcome.plan().advice()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} days -> {1}")
    @CsvSource({ "0, SELF_CARE", "14, SELF_CARE", "15, SEE_PROFESSIONAL", "3650, SEE_PROFESSIONAL" })
    void durationOverTwoWeeksNeedsAProfessional(int days, Urgency expected) {
        assertThat(evaluate(answers().durationDays(days)).urgency()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "pain {0} -> {1}")
    @CsvSource({ "0, SELF_CARE", "6, SELF_CARE", "7, SEE_PROFESSIONAL", "10, SEE_PROFESSIONAL" })
    void painOfSevenOrMoreNeedsAProfessional(int pain, Urgency expected) {
        assertThat(evaluate(answers().painScore(pain)).urgency()).isEqualTo(expected);
    }

    @Test
    void eachOtherProfessionalTriggerOnItsOwn() {
        assertThat(evaluate(answers().previousEpisodes(true)).urgency()).isEqualTo(Urgency.SEE_PROFESSIONAL);
        assertThat(evaluate(answers().dailyActivitiesAffected(true)).urgency()).isEqualTo(Urgency.SEE_PROFESSIONAL);
        assertThat(evaluate(answers().location(Location.DEEP)).urgency()).isEqualTo(Urgency.SEE_PROFESSIONAL);
        assertThat(evaluate(answers().character(PainCharacter.DEEP_ACHE)).urgency())
            .isEqualTo(Urgency.SEE_PROFESSIONAL);
        assertThat(evaluate(answers().onset(Onset.SUDDEN).character(PainCharacter.SHARP)).urgency())
            .isEqualTo(Urgency.SEE_PROFESSIONAL);
    }

    @Test
    void suddenOrSharpAloneStaysSelfCare() {
        assertThat(evaluate(answers().onset(Onset.SUDDEN)).urgency()).isEqualTo(Urgency.SELF_CARE);
        assertThat(evaluate(answers().character(PainCharacter.SHARP)).urgency()).isEqualTo(Urgency.SELF_CARE);
    }

    @Test
    void severalProfessionalTriggersAreAllGivenAsReasons() {
        Outcome outcome = evaluate(answers().durationDays(30).painScore(8).previousEpisodes(true));

        assertThat(outcome.urgency()).isEqualTo(Urgency.SEE_PROFESSIONAL);
        assertThat(outcome.urgencyReasons()).hasSize(3);
    }

    @Test
    void aSingleLoadSignalListsLoadErrorBesideTheLocationCause() {
        Outcome outcome = evaluate(
                answers().timing(Timing.DOWNSTAIRS).training(TestAnswers.training(null, true, null, null)));

        assertThat(codes(outcome)).containsExactly("PFPS", "LOAD_ERROR");
    }

    @Test
    void innerKneeCauseNeedsTheInnerKnee() {
        Outcome front = evaluate(
                answers().character(PainCharacter.SHARP).training(TestAnswers.training(15, null, true, null)));

        assertThat(codes(front)).contains("LOAD_ERROR").doesNotContain("MEDIAL");
    }

    @Test
    void noLoadSignalMeansNoLoadError() {
        Outcome outcome = evaluate(
                answers().timing(Timing.DOWNSTAIRS).training(TestAnswers.training(10, false, false, 2)));

        assertThat(codes(outcome)).doesNotContain("LOAD_ERROR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "volume +30% alone, weak front pattern       | FRONT | AFTER_RUN          | 30 |       |      | LOAD_ERROR",
            "volume +29% and after-run, two signals      | FRONT | AFTER_RUN          | 29 |       |      | LOAD_ERROR",
            "volume +29% alone, one signal               | FRONT |                    | 29 |       |      | PFPS",
            "speed and hills plus new runner, outer knee | OUTER |                    |    | true  | true | LOAD_ERROR",
            "strong load but the ITBS pattern is there   | OUTER | DURING_RUN_BUILDS  | 40 | true  |      | ITBS",
            "strong load but the PFPS pattern is there   | FRONT | DOWNSTAIRS         | 40 |       |      | PFPS",
            "strong load, back knee without straightening| BACK  |                    | 35 |       |      | LOAD_ERROR",
            "strong load, back knee when straightening   | BACK  | STRAIGHTENING      | 35 |       |      | POSTERIOR",
            "strong load, inner knee has no aggravator   | INNER |                    | 50 |       |      | LOAD_ERROR",
            "four load signals cannot outrank ITBS       | OUTER | DURING_RUN_BUILDS  | 40 | true  | true | ITBS",
            "four load signals cannot outrank PFPS       | FRONT | SQUATTING          | 40 | true  | true | PFPS",
            "four load signals cannot outrank POSTERIOR  | BACK  | STRAIGHTENING      | 40 | true  | true | POSTERIOR",
            "four load signals cannot outrank JOINT      | DEEP  | AT_REST            | 40 | true  | true | JOINT" })
    void loadErrorRanksFirstOnlyWithStrongLoadAndAWeakLocationPattern(String description, Location location,
            Timing timing, Integer volume, Boolean speedAndHills, Boolean newRunner, String expectedTop) {
        TestAnswers answers = answers().location(location)
            .character(PainCharacter.TIGHTNESS)
            .training(TestAnswers.training(volume, speedAndHills, newRunner, null));
        if (timing != null) {
            answers.timing(timing, Timing.AFTER_RUN);
        }

        assertThat(codes(evaluate(answers)).get(0)).isEqualTo(expectedTop);
    }

    @Test
    void bothKneesSupportRunnersKneeAndOneKneeAddsTheBiomechanicsAdvice() {
        Outcome both = evaluate(answers().side(Side.BOTH));
        Outcome one = evaluate(answers().side(Side.RIGHT));

        assertThat(both.causes().get(0).reasons()).anyMatch(r -> r.contains("Both knees"));
        assertThat(advice(one)).anyMatch(a -> a.contains("one knee only"));
        assertThat(advice(both)).noneMatch(a -> a.contains("one knee only"));
    }

    @ParameterizedTest(name = "shoes {0} km, cadence {1} -> shoe advice {2}, cadence advice {3}")
    @CsvSource({ "800, 170, false, false", "801, 169, true, true", ", , false, false" })
    void contributingFactorsAppearOnlyPastTheirThresholds(Integer shoeKm, Integer cadence, boolean shoeAdvice,
            boolean cadenceAdvice) {
        Training training = new Training(null, null, null, shoeKm, cadence, null, null);

        List<String> advice = advice(evaluate(answers().training(training)));

        assertThat(advice.stream().anyMatch(a -> a.contains("800 km"))).isEqualTo(shoeAdvice);
        assertThat(advice.stream().anyMatch(a -> a.contains("cadence"))).isEqualTo(cadenceAdvice);
    }

    @Test
    void selfCarePlanHasExercisesWithDosesTheFirstDaysTheProtocolAndTheStepBackRule() {
        Outcome outcome = evaluate(answers().timing(Timing.DOWNSTAIRS).durationDays(2));

        assertThat(outcome.plan().exercises()).extracting(e -> e.name()).contains("Wall sits", "Step-downs");
        assertThat(outcome.plan().exercises()).filteredOn(e -> e.code().equals("STEP_DOWN"))
            .singleElement()
            .satisfies(e -> {
                assertThat(e.sets()).isEqualTo(2);
                assertThat(e.reps()).isEqualTo(10);
                assertThat(e.perSide()).isTrue();
            });
        assertThat(outcome.plan().returnToRun()).extracting(s -> s.week()).containsExactly(1, 2, 3, 4, 5);
        assertThat(advice(outcome)).anyMatch(a -> a.contains("previous week"));
        assertThat(advice(outcome)).anyMatch(a -> a.contains("10–15 minutes"));
    }

    private Outcome evaluate(TestAnswers answers) {
        Answers built = answers.build();
        return TriageEngine.evaluate(built, rules);
    }

    private static List<String> codes(Outcome outcome) {
        return outcome.causes().stream().map(RankedCause::code).toList();
    }

    private static List<String> advice(Outcome outcome) {
        return outcome.plan().advice().stream().map(PlanAdvice::text).toList();
    }

}
