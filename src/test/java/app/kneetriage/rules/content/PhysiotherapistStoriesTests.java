package app.kneetriage.rules.content;

import static app.kneetriage.rules.TestAnswers.answers;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import app.kneetriage.rules.AdviceSection;
import app.kneetriage.rules.CauseRule;
import app.kneetriage.rules.Exercise;
import app.kneetriage.rules.GeneralSymptom;
import app.kneetriage.rules.Location;
import app.kneetriage.rules.Onset;
import app.kneetriage.rules.Outcome;
import app.kneetriage.rules.PainCharacter;
import app.kneetriage.rules.PlanAdvice;
import app.kneetriage.rules.RankedCause;
import app.kneetriage.rules.RedFlag;
import app.kneetriage.rules.RuleSet;
import app.kneetriage.rules.RunningAdvice;
import app.kneetriage.rules.TestAnswers;
import app.kneetriage.rules.Timing;
import app.kneetriage.rules.TriageEngine;
import app.kneetriage.rules.Urgency;
import app.kneetriage.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The stories a sports physiotherapist found wrong in version 1, and the plan rules of
 * version 2, against the seeded content as runners get it.
 */
@DatabaseTest
class PhysiotherapistStoriesTests {

    /** Kneecap-specific work, which a deep joint problem should not get. */
    private static final List<String> KNEECAP_WORK = List.of("PATELLAR_MOBILITY", "STEP_DOWN", "WALL_SIT");

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
    void aSuddenTwistWithSwellingLockingAndGivingWayIsAnAcuteInjuryAndStopsRunning() {
        Outcome outcome = evaluate(answers().location(Location.INNER)
            .character(PainCharacter.SHARP)
            .onset(Onset.SUDDEN)
            .durationDays(1)
            .redFlags(RedFlag.SWELLING_OR_DEFORMITY, RedFlag.LOCKING, RedFlag.GIVING_WAY));

        assertThat(outcome.urgency()).isEqualTo(Urgency.URGENT);
        assertThat(outcome.causes().get(0).code()).isEqualTo("ACUTE_INJURY");
        assertThat(outcome.plan().running().advice()).isEqualTo(RunningAdvice.STOP);
        assertThat(outcome.plan().exercises()).isEmpty();
        assertThat(outcome.plan().returnToRun()).isEmpty();
        assertThat(outcome.urgencyReasons()).anyMatch(reason -> reason.contains("emergency department"));
    }

    @Test
    void aSixtyYearOldWithADeepNightAcheGetsJointCareWithoutKneecapWorkOrFirstDaysAdvice() {
        Outcome outcome = evaluate(answers().location(Location.DEEP)
            .character(PainCharacter.DEEP_ACHE)
            .timing(Timing.AT_REST)
            .durationDays(56)
            .age(60));

        assertThat(outcome.urgency()).isEqualTo(Urgency.SEE_PROFESSIONAL);
        assertThat(outcome.causes().get(0).code()).isEqualTo("JOINT");
        assertThat(outcome.causes().get(0).reasons()).anyMatch(reason -> reason.contains("50"));
        assertThat(outcome.plan().exercises()).extracting(Exercise::code).doesNotContainAnyElementsOf(KNEECAP_WORK);
        assertThat(sections(outcome)).doesNotContain(AdviceSection.FIRST_DAYS);
        assertThat(advice(outcome)).noneMatch(a -> a.contains("Don't panic"));
    }

    @Test
    void backOfKneePainWithASwollenWarmCalfIsUrgentAndNamesTheEmergencyDepartment() {
        Outcome outcome = evaluate(answers().location(Location.BACK)
            .character(PainCharacter.TIGHTNESS)
            .timing(Timing.STRAIGHTENING)
            .redFlags(RedFlag.CALF_SWELLING)
            .age(48));

        assertThat(outcome.urgency()).isEqualTo(Urgency.URGENT);
        assertThat(outcome.urgencyReasons()).singleElement().asString().contains("blood clot", "emergency department");
        assertThat(outcome.plan().running().advice()).isEqualTo(RunningAdvice.STOP);
        assertThat(advice(outcome)).anyMatch(a -> a.contains("never ice or massage a swollen calf"));
    }

    @Test
    void aThreeWeekOldPainGetsNoFirstDaysAdviceAndNoAdviceAgainstTheRunningAnswer() {
        Outcome outcome = evaluate(answers().timing(Timing.DOWNSTAIRS).durationDays(21));

        assertThat(sections(outcome)).doesNotContain(AdviceSection.FIRST_DAYS);
        assertThat(outcome.plan().running().advice()).isEqualTo(RunningAdvice.REDUCE);
        assertThat(advice(outcome)).noneMatch(a -> a.toLowerCase().contains("don't run"))
            .noneMatch(a -> a.contains("cut your running"));
    }

    @Test
    void aFallAtFiftyFiveOrACannotBendKneeIsUrgentForAnXRay() {
        TestAnswers fall = answers().onset(Onset.SUDDEN).injuryEvent(true).durationDays(0);

        assertThat(evaluate(fall.age(55)).urgency()).isEqualTo(Urgency.URGENT);
        assertThat(evaluate(fall.age(54)).urgency()).isEqualTo(Urgency.SEE_PROFESSIONAL);
        assertThat(evaluate(fall.age(30).cannotBendKnee(true)).urgencyReasons())
            .anyMatch(reason -> reason.contains("X-ray"));
    }

    @Test
    void generalSymptomsNeedADoctorWithinDays() {
        Outcome outcome = evaluate(answers().timing(Timing.DOWNSTAIRS).generalSymptoms(GeneralSymptom.NIGHT_SWEATS));

        assertThat(outcome.urgency()).isEqualTo(Urgency.SEE_PROFESSIONAL);
        assertThat(outcome.urgencyReasons()).anyMatch(reason -> reason.contains("doctor"));
    }

    @Test
    void painInDailyLifeOrScoringSevenPausesRunning() {
        assertThat(
                evaluate(answers().timing(Timing.DOWNSTAIRS).dailyActivitiesAffected(true)).plan().running().advice())
            .isEqualTo(RunningAdvice.PAUSE);
        assertThat(evaluate(answers().timing(Timing.DOWNSTAIRS).painScore(7)).plan().running().advice())
            .isEqualTo(RunningAdvice.PAUSE);
        assertThat(evaluate(answers().timing(Timing.DOWNSTAIRS).painScore(6)).plan().running().advice())
            .isEqualTo(RunningAdvice.REDUCE);
    }

    @Test
    void aSingleStrayAnswerListsNoCauseThatNothingElseSupports() {
        Outcome outcome = evaluate(
                answers().timing(Timing.DOWNSTAIRS, Timing.SQUATTING).character(PainCharacter.SHARP));

        assertThat(outcome.causes()).extracting(RankedCause::code).containsExactly("PFPS");
    }

    @Test
    void everyCausePlanStartsWithAtMostFiveFullyDosedExercisesWithAProgression() {
        for (CauseRule cause : rules.causes()) {
            assertThat(cause.exerciseCodes()).as(cause.code()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
            for (String code : cause.exerciseCodes()) {
                Exercise exercise = rules.exercises()
                    .stream()
                    .filter(e -> e.code().equals(code))
                    .findFirst()
                    .orElseThrow();
                assertThat(exercise.fullyDosed()).as(code).isTrue();
                assertThat(exercise.progression()).as(code).isNotBlank();
            }
        }
        assertThat(plan("JOINT")).doesNotContainAnyElementsOf(KNEECAP_WORK);
        assertThat(plan("POSTERIOR")).contains("CALF_STRETCH", "HAMSTRING_STRETCH", "CALF_RAISE");
        assertThat(plan("ACUTE_INJURY")).containsExactly("QUAD_SET");
    }

    @Test
    void anAcuteInjuryPlanHoldsNoOtherCausesLoadingExercises() {
        Outcome outcome = evaluate(answers().location(Location.INNER)
            .character(PainCharacter.SHARP)
            .onset(Onset.SUDDEN)
            .injuryEvent(true)
            .popAtInjury(true)
            .durationDays(1)
            .age(31));

        assertThat(outcome.causes()).extracting(RankedCause::code).startsWith("ACUTE_INJURY").contains("MEDIAL");
        assertThat(outcome.plan().exercises()).extracting(Exercise::code).containsExactly("QUAD_SET");
        assertThat(outcome.plan().running().advice()).isEqualTo(RunningAdvice.STOP);
    }

    private List<String> plan(String causeCode) {
        return rules.causes()
            .stream()
            .filter(c -> c.code().equals(causeCode))
            .findFirst()
            .orElseThrow()
            .exerciseCodes();
    }

    private Outcome evaluate(TestAnswers answers) {
        return TriageEngine.evaluate(answers.build(), rules);
    }

    private static List<AdviceSection> sections(Outcome outcome) {
        return outcome.plan().advice().stream().map(PlanAdvice::section).distinct().toList();
    }

    private static List<String> advice(Outcome outcome) {
        return outcome.plan().advice().stream().map(PlanAdvice::text).toList();
    }

}
