package app.kneetriage.rules.content;

import static app.kneetriage.rules.TestAnswers.answers;
import static app.kneetriage.rules.TestAnswers.training;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import app.kneetriage.rules.BoneHealth;
import app.kneetriage.rules.Exercise;
import app.kneetriage.rules.ExerciseKind;
import app.kneetriage.rules.GeneralSymptom;
import app.kneetriage.rules.KneeSigns;
import app.kneetriage.rules.Location;
import app.kneetriage.rules.Onset;
import app.kneetriage.rules.Outcome;
import app.kneetriage.rules.PainCharacter;
import app.kneetriage.rules.RankedCause;
import app.kneetriage.rules.RedFlag;
import app.kneetriage.rules.RuleSet;
import app.kneetriage.rules.RunningAdvice;
import app.kneetriage.rules.Side;
import app.kneetriage.rules.TestAnswers;
import app.kneetriage.rules.Timing;
import app.kneetriage.rules.Training;
import app.kneetriage.rules.TriageEngine;
import app.kneetriage.rules.Urgency;
import app.kneetriage.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The runner stories a sports physiotherapist refused in version 2, and the rules of
 * version 3 of the contract, against the seeded content as runners get it.
 */
@DatabaseTest
class PhysiotherapistStoriesVersion3Tests {

    private static final KneeSigns NONE = new KneeSigns(false, false, false, false, false, false);

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
    void aFocalShinBonePainAfterAFortyPercentJumpIsABoneStressInjuryThatStopsRunning() {
        Outcome outcome = evaluate(answers().age(19)
            .location(Location.UPPER_SHIN)
            .timing(Timing.DURING_RUN_BUILDS, Timing.AT_REST)
            .painScore(4)
            .durationDays(10)
            .training(training(40, null, null, 1))
            .knee(new KneeSigns(true, false, false, false, false, false)));

        assertThat(outcome.causes().get(0).code()).isEqualTo("BONE_STRESS");
        assertThat(outcome.urgency()).isEqualTo(Urgency.SEE_PROFESSIONAL);
        assertThat(outcome.plan().running().advice()).isEqualTo(RunningAdvice.STOP);
        assertThat(outcome.plan().returnToRun()).isEmpty();
        assertThat(outcome.plan().exercises()).hasSizeBetween(1, 3).noneMatch(Exercise::loadsKnee);
        assertThat(outcome.plan().exercises()).extracting(Exercise::code)
            .doesNotContain("CALF_RAISE", "SINGLE_LEG_SQUAT", "STEP_DOWN", "LATERAL_LUNGE");
        assertThat(String.join("\n", outcome.texts())).containsIgnoringCase("examined")
            .containsIgnoringCase("cycling or swimming only if");
    }

    @Test
    void aTwelveYearOldWithALimpNeedsADoctorTheSameDayWhoLooksAtTheHip() {
        Outcome outcome = evaluate(answers().age(12)
            .location(Location.FRONT)
            .timing(Timing.AFTER_RUN)
            .knee(new KneeSigns(false, false, true, false, false, false)));

        assertThat(outcome.urgency()).isEqualTo(Urgency.URGENT);
        assertThat(outcome.urgencyReasons()).anyMatch(r -> r.contains("today") && r.contains("hip"));
        assertThat(outcome.plan().exercises()).isEmpty();
        assertThat(outcome.plan().returnToRun()).isEmpty();
    }

    @Test
    void aLimpWithoutAnAgeIsTreatedLikeAChildsButAnAdultsNeedsAnExaminationWithinDays() {
        KneeSigns limping = new KneeSigns(false, false, true, false, false, false);

        assertThat(evaluate(answers().knee(limping)).urgency()).isEqualTo(Urgency.URGENT);
        Outcome adult = evaluate(answers().age(45).location(Location.INNER).knee(limping));
        assertThat(adult.urgency()).isEqualTo(Urgency.SEE_PROFESSIONAL);
        assertThat(adult.plan().running().advice()).isEqualTo(RunningAdvice.STOP);
        assertThat(adult.plan().running().text()).contains("limp");
    }

    @Test
    void painJustBelowTheKneecapThatWarmsUpIsTheTendonWithATendonPlan() {
        Outcome outcome = evaluate(answers().age(24)
            .location(Location.BELOW_KNEECAP)
            .timing(Timing.WARMS_UP, Timing.JUMPING_OR_UPHILL)
            .durationDays(20)
            .knee(NONE));

        assertThat(outcome.causes().get(0).code()).isEqualTo("PATELLAR_TENDON");
        assertThat(outcome.causes()).extracting(RankedCause::code).doesNotContain("GROWTH_PLATE", "PFPS");
        assertThat(outcome.plan().exercises()).extracting(Exercise::code).startsWith("TENDON_HOLD", "SLOW_SPLIT_SQUAT");
        assertThat(outcome.plan().exercises().get(0).kind()).isEqualTo(ExerciseKind.ISOMETRIC);
        assertThat(outcome.plan().exercises().get(0).sets()).isEqualTo(5);
        assertThat(outcome.plan().exercises().get(0).holdSeconds()).isEqualTo(45);
        assertThat(outcome.plan().running().advice()).isEqualTo(RunningAdvice.REDUCE);
        assertThat(String.join("\n", outcome.texts())).contains("3 out of 10");
        assertThat(outcome.texts()).noneMatch(t -> t.matches("(?is).*lasts? (over|more than) (2|two) weeks.*"));
    }

    @Test
    void aSixteenYearOldsPainBelowTheKneecapIsTheGrowthPlateWithReassurance() {
        Outcome outcome = evaluate(answers().age(16)
            .location(Location.BELOW_KNEECAP)
            .timing(Timing.JUMPING_OR_UPHILL, Timing.SQUATTING)
            .knee(NONE));

        assertThat(outcome.causes().get(0).code()).isEqualTo("GROWTH_PLATE");
        assertThat(outcome.plan().running().advice()).isEqualTo(RunningAdvice.REDUCE);
        assertThat(String.join("\n", outcome.texts())).contains("growth ends").contains("For parents");
    }

    @Test
    void nightPainWithWeightLossStopsRunningUntilADoctorHasSeenTheRunnerWithinDays() {
        Outcome outcome = evaluate(answers().age(45)
            .location(Location.DEEP)
            .character(PainCharacter.DEEP_ACHE)
            .timing(Timing.AT_REST)
            .durationDays(20)
            .generalSymptoms(GeneralSymptom.UNEXPLAINED_WEIGHT_LOSS, GeneralSymptom.NIGHT_PAIN_UNRELIEVED));

        assertThat(outcome.urgency()).isEqualTo(Urgency.SEE_PROFESSIONAL);
        assertThat(outcome.urgencyReasons()).anyMatch(r -> r.contains("doctor") && r.contains("few days"));
        assertThat(outcome.plan().running().advice()).isEqualTo(RunningAdvice.STOP);
        assertThat(outcome.plan().returnToRun()).isEmpty();
    }

    @Test
    void aFeverIsUrgentAndSendsTheRunnerToTheEmergencyDepartment() {
        Outcome outcome = evaluate(answers().redFlags(RedFlag.HOT_RED_FEVER));

        assertThat(outcome.urgency()).isEqualTo(Urgency.URGENT);
        assertThat(outcome.urgencyReasons()).anyMatch(r -> r.contains("emergency department"));
    }

    @Test
    void placeCausesAreListedOnlyForTheirPlace() {
        Outcome inner = evaluate(answers().location(Location.INNER)
            .character(PainCharacter.SHARP)
            .timing(Timing.DURING_RUN_BUILDS)
            .training(new Training(null, null, null, null, null, true, null)));

        assertThat(inner.causes()).extracting(RankedCause::code).contains("MEDIAL").doesNotContain("ITBS");
    }

    @Test
    void noTextClaimsTheKneecapIsOffTrackOrThatTheRunnerIsNewWhenTheySaidTheyAreNot() {
        Outcome front = evaluate(answers().timing(Timing.DOWNSTAIRS, Timing.SQUATTING));
        Outcome inner = evaluate(answers().location(Location.INNER).training(training(20, false, false, 2)));
        Outcome newRunner = evaluate(answers().location(Location.INNER).training(training(20, false, true, 2)));

        assertThat(front.texts()).noneMatch(t -> Pattern.compile("off (its |the )?track").matcher(t).find());
        assertThat(inner.texts()).noneMatch(t -> t.contains("new or returning runner"));
        assertThat(newRunner.texts()).anyMatch(t -> t.contains("new or returning runner"));
    }

    @Test
    void theProfessionalAdviceFollowsTheUrgencyAndEveryNonUrgentPageHasTheSafetyNet() {
        Outcome selfCare = evaluate(answers().durationDays(10));
        Outcome sixWeeks = evaluate(answers().durationDays(42));

        assertThat(selfCare.urgency()).isEqualTo(Urgency.SELF_CARE);
        assertThat(selfCare.texts()).anyMatch(t -> t.contains("within 2 weeks")).anyMatch(t -> t.contains("fever"));
        assertThat(sixWeeks.urgency()).isEqualTo(Urgency.SEE_PROFESSIONAL);
        Pattern ifItLasts = Pattern.compile("lasts? (over|more than|longer than) (2|two) weeks|within 2 weeks");
        assertThat(sixWeeks.texts()).noneMatch(t -> ifItLasts.matcher(t).find()).anyMatch(t -> t.contains("fever"));
    }

    @Test
    void aMinimalProblemGetsASmallPlanWithoutCompression() {
        Outcome minimal = evaluate(answers().location(Location.BACK)
            .character(PainCharacter.TIGHTNESS)
            .timing(Timing.STRAIGHTENING)
            .painScore(2)
            .durationDays(2));
        Outcome fresh = evaluate(answers().timing(Timing.DOWNSTAIRS).painScore(4).durationDays(2));

        assertThat(minimal.plan().exercises()).hasSizeLessThanOrEqualTo(3);
        assertThat(minimal.texts()).noneMatch(t -> t.toLowerCase().contains("compress"));
        assertThat(fresh.texts()).anyMatch(t -> t.toLowerCase().contains("compression"));
    }

    @Test
    void aFreshStrainDuringARunPausesRunningAndLeavesStretchingOut() {
        Outcome strain = evaluate(answers().location(Location.BACK)
            .character(PainCharacter.TIGHTNESS)
            .onset(Onset.SUDDEN)
            .injuryEvent(false)
            .timing(Timing.STRAIGHTENING)
            .durationDays(3));

        assertThat(strain.plan().running().advice()).isEqualTo(RunningAdvice.PAUSE);
        assertThat(strain.plan().exercises()).isNotEmpty().noneMatch(e -> e.kind() == ExerciseKind.STRETCH);
    }

    @Test
    void aStopThatIsNotUrgentKeepsAtMostThreeExercisesThatSpareTheKnee() {
        Outcome stop = evaluate(answers().location(Location.FRONT)
            .timing(Timing.DOWNSTAIRS, Timing.SQUATTING)
            .generalSymptoms(GeneralSymptom.NIGHT_SWEATS));

        assertThat(stop.urgency()).isEqualTo(Urgency.SEE_PROFESSIONAL);
        assertThat(stop.plan().running().advice()).isEqualTo(RunningAdvice.STOP);
        assertThat(stop.plan().exercises()).hasSizeBetween(1, 3).noneMatch(Exercise::loadsKnee);
    }

    @Test
    void boneHealthAnswersSendTheRunnerToADoctorButDoNotStopRunningOnTheirOwn() {
        Outcome outcome = evaluate(answers().timing(Timing.DOWNSTAIRS).boneHealth(BoneHealth.MISSED_PERIODS));

        assertThat(outcome.urgency()).isEqualTo(Urgency.SEE_PROFESSIONAL);
        assertThat(outcome.urgencyReasons()).anyMatch(r -> r.contains("doctor"));
        assertThat(outcome.plan().running().advice()).isEqualTo(RunningAdvice.REDUCE);
    }

    @Test
    void aBoneStressInjuryListedBelowALoadErrorAddsNothingToARunningPlan() {
        Outcome outcome = evaluate(answers().location(Location.UPPER_SHIN)
            .timing(Timing.AFTER_RUN)
            .training(training(20, false, true, 2))
            .knee(NONE));

        assertThat(outcome.causes()).extracting(RankedCause::code).startsWith("LOAD_ERROR").contains("BONE_STRESS");
        assertThat(outcome.plan().running().advice()).isEqualTo(RunningAdvice.REDUCE);
        assertThat(outcome.texts()).noneMatch(t -> t.contains("Get the bone examined") || t.contains("sore bone"));
    }

    @Test
    void aSuddenStartWithoutATwistOrFallIsNoAcuteInjuryStopEvenWhenItScoresHighest() {
        Outcome outcome = evaluate(answers().age(30)
            .character(PainCharacter.SHARP)
            .onset(Onset.SUDDEN)
            .injuryEvent(false)
            .popAtInjury(true)
            .durationDays(3)
            .knee(new KneeSigns(false, false, false, false, true, false)));

        assertThat(outcome.causes().get(0).code()).isEqualTo("ACUTE_INJURY");
        assertThat(outcome.plan().running().advice()).as("a strain during a run: a few days off")
            .isEqualTo(RunningAdvice.PAUSE);
        assertThat(outcome.plan().running().text()).doesNotContain("twist or a fall");
    }

    @Test
    void aGrowingKneeGetsNoHeavyTendonLoadingAndNoAdultTendonAdvice() {
        Outcome outcome = evaluate(answers().age(12)
            .location(Location.BELOW_KNEECAP)
            .timing(Timing.JUMPING_OR_UPHILL, Timing.SQUATTING, Timing.WARMS_UP)
            .knee(NONE));

        assertThat(outcome.causes().get(0).code()).isEqualTo("GROWTH_PLATE");
        assertThat(outcome.plan().exercises()).noneMatch(Exercise::loadsKnee)
            .extracting(Exercise::code)
            .contains("THIGH_HOLD")
            .doesNotContain("SLOW_SPLIT_SQUAT", "TENDON_HOLD");
        assertThat(outcome.texts()).noneMatch(t -> t.contains("Tendons get better with load"));
    }

    @Test
    void aPossibleBreakInTheBoneGetsNoWallSits() {
        Outcome outcome = evaluate(answers().age(60)
            .onset(Onset.SUDDEN)
            .injuryEvent(false)
            .timing(Timing.AT_REST)
            .painScore(5)
            .durationDays(10));

        assertThat(outcome.plan().running().advice()).isEqualTo(RunningAdvice.STOP);
        assertThat(outcome.plan().exercises()).isNotEmpty()
            .extracting(Exercise::code)
            .doesNotContain("WALL_SIT", "STEP_DOWN");
    }

    @Test
    void tendonPainWithSwellingAfterRunsKeepsTheTendonsPainLimit() {
        Outcome outcome = evaluate(answers().age(30)
            .location(Location.BELOW_KNEECAP)
            .timing(Timing.WARMS_UP)
            .knee(new KneeSigns(false, false, false, true, false, false)));

        assertThat(outcome.plan().running().text()).contains("3 out of 10").doesNotContain("5 out of 10");
    }

    @Test
    void everySeededExerciseSaysItsKindAndEveryPlanExerciseIsFullyDosed() {
        assertThat(rules.exercises()).allSatisfy(e -> assertThat(e.kind()).as(e.code()).isNotNull())
            .allSatisfy(e -> assertThat(e.fullyDosed()).as(e.code()).isTrue());
        assertThat(rules.exercises()).filteredOn(Exercise::loadsKnee)
            .extracting(Exercise::code)
            .contains("SLOW_SPLIT_SQUAT", "STEP_DOWN", "SINGLE_LEG_SQUAT", "LATERAL_LUNGE");
    }

    /**
     * The contract sends every answer whose top cause is bone stress to a professional
     * and stops running; at the shin with nothing else to explain it, bone stress comes
     * first even without a bone sign, and a load error outranks it when the load says so.
     */
    @Test
    void shinPainIsTreatedAsBoneStressUntilSomethingElseExplainsIt() {
        Outcome unexplained = evaluate(answers().location(Location.UPPER_SHIN).side(Side.BOTH).knee(NONE));
        Outcome overload = evaluate(answers().location(Location.UPPER_SHIN)
            .timing(Timing.AFTER_RUN)
            .training(training(20, false, true, 2))
            .knee(NONE));

        assertThat(unexplained.causes().get(0).code()).isEqualTo("BONE_STRESS");
        assertThat(unexplained.urgency()).isEqualTo(Urgency.SEE_PROFESSIONAL);
        assertThat(unexplained.plan().running().advice()).isEqualTo(RunningAdvice.STOP);
        assertThat(overload.causes()).extracting(RankedCause::code).startsWith("LOAD_ERROR").contains("BONE_STRESS");
        assertThat(overload.urgency()).isEqualTo(Urgency.SELF_CARE);
        assertThat(overload.plan().running().advice()).isEqualTo(RunningAdvice.REDUCE);
    }

    private Outcome evaluate(TestAnswers answers) {
        return TriageEngine.evaluate(answers.build(), rules);
    }

}
