package app.kneetriage.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import app.kneetriage.rules.Answers;
import app.kneetriage.rules.BoneHealth;
import app.kneetriage.rules.Exercise;
import app.kneetriage.rules.ExerciseKind;
import app.kneetriage.rules.Fit;
import app.kneetriage.rules.GeneralSymptom;
import app.kneetriage.rules.KneeSigns;
import app.kneetriage.rules.Location;
import app.kneetriage.rules.Outcome;
import app.kneetriage.rules.RankedCause;
import app.kneetriage.rules.ReturnStep;
import app.kneetriage.rules.RunningAdvice;
import app.kneetriage.rules.Timing;
import app.kneetriage.rules.Urgency;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every format of a result's sealed data stored so far, read back from golden files under
 * {@code formats/} that the code of its time wrote (their README says how). A stored name
 * the stored types do not know, or a required one missing, fails the read loudly.
 */
class StoredFormatsTests {

    private static final Instant CREATED_AT = Instant.parse("2026-12-07T20:15:00Z");

    @Test
    void formatOneAsFirstSealedReadsBackWithoutNicknameOrHistory() {
        StoredResult result = read("snapshot-v1-748def2.json");

        assertThat(result.token()).isEqualTo("Xq3vR7bN2kLmP9sT4wYz8cDf");
        Answers answers = result.answers();
        assertThat(answers.location()).isEqualTo(Location.FRONT);
        assertThat(answers.painScore()).isEqualTo(4);
        assertThat(answers.durationDays()).isEqualTo(21);
        assertThat(answers.timing()).containsExactlyInAnyOrder(Timing.AFTER_SITTING, Timing.DOWNSTAIRS);
        assertThat(answers.training().weeklyDistanceChangePercent()).isEqualTo(30);
        assertThat(answers.training().shoeDistanceKm()).isEqualTo(800);
        assertThat(answers.age()).isEqualTo(34);
        assertThat(answers.knee()).isEqualTo(KneeSigns.NOT_ANSWERED);
        assertThat(answers.boneHealth()).isEmpty();
        Outcome outcome = result.outcome();
        assertThat(outcome.rulesVersion()).isEqualTo(2);
        assertThat(outcome.urgency()).isEqualTo(Urgency.SEE_PROFESSIONAL);
        assertThat(outcome.causes()).extracting(RankedCause::code, RankedCause::score, RankedCause::fit)
            .containsExactly(tuple("PFPS", 0.71, Fit.STRONG), tuple("LOAD_ERROR", 0.4, Fit.WEAK));
        assertThat(outcome.plan().running().advice()).isEqualTo(RunningAdvice.REDUCE);
        assertThat(outcome.plan().exercises()).extracting(Exercise::code, Exercise::holdSeconds, Exercise::picture)
            .containsExactly(tuple("CLAMSHELL", null, null), tuple("WALL_SIT", 30, null));
        assertThat(outcome.plan().returnToRun()).extracting(ReturnStep::week, ReturnStep::sessions)
            .containsExactly(tuple(1, null), tuple(2, null));
        assertThat(outcome.plan().advice()).hasSize(2);
        assertThat(result.nickname()).isNull();
        assertThat(result.history()).isEmpty();
    }

    @Test
    void formatOneWithAShareLinkHistoryReadsBackWithPicturesAndPlannedWeeks() {
        StoredResult result = read("snapshot-v1-026d4b4.json");

        Answers answers = result.answers();
        assertThat(answers.location()).isEqualTo(Location.OUTER);
        assertThat(answers.painScore()).isEqualTo(6);
        assertThat(answers.previousEpisodes()).isTrue();
        assertThat(answers.training().cadenceSpm()).isEqualTo(158);
        assertThat(answers.training().runsOnCamberedRoads()).isTrue();
        assertThat(answers.age()).isNull();
        assertThat(answers.generalSymptoms()).containsExactly(GeneralSymptom.NIGHT_SWEATS);
        Outcome outcome = result.outcome();
        assertThat(outcome.urgencyReasons()).hasSize(2);
        assertThat(outcome.causes()).extracting(RankedCause::code).containsExactly("ITBS");
        assertThat(outcome.plan().exercises().get(0).picture().hash())
            .isEqualTo("3f2a9c4e5b6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f");
        assertThat(outcome.plan().returnToRun())
            .extracting(ReturnStep::sessions, ReturnStep::walkMinutes, ReturnStep::runMinutes)
            .containsExactly(tuple(3, 20, 10), tuple(null, null, null));
        assertThat(outcome.plan().running().advice()).isEqualTo(RunningAdvice.PAUSE);
        assertThat(result.nickname()).isEqualTo("Sam");
        assertThat(result.history()).containsExactly(new EarlierCheck(Instant.parse("2026-11-22T09:30:00Z"),
                Urgency.SELF_CARE, "Iliotibial band syndrome (ITBS)", 3));
    }

    @Test
    void formatTwoReadsBackWithKneeSignsBoneHealthAndExerciseKinds() {
        StoredResult result = read("snapshot-v2-cbf291c.json");

        Answers answers = result.answers();
        assertThat(answers.painScore()).isEqualTo(5);
        assertThat(answers.age()).isEqualTo(16);
        assertThat(answers.dailyActivitiesAffected()).isTrue();
        assertThat(answers.training().isEmpty()).isTrue();
        assertThat(answers.knee()).isEqualTo(new KneeSigns(true, false, null, null, false, false));
        assertThat(answers.boneHealth()).containsExactly(BoneHealth.LOW_ENERGY_OR_DIETING);
        Outcome outcome = result.outcome();
        assertThat(outcome.rulesVersion()).isEqualTo(3);
        assertThat(outcome.urgency()).isEqualTo(Urgency.SEE_PROFESSIONAL);
        assertThat(outcome.causes()).extracting(RankedCause::code, RankedCause::fit)
            .containsExactly(tuple("PATELLAR_TENDON", Fit.MODERATE));
        assertThat(outcome.plan().exercises()).extracting(Exercise::kind, Exercise::loadsKnee)
            .containsExactly(tuple(ExerciseKind.ISOMETRIC, false));
        assertThat(result.nickname()).isNull();
    }

    @Test
    void todaysResultsAreWrittenAsTheFormatThreeGoldenFileAndReadBackTheSame() {
        StoredResult formatTwo = read("snapshot-v2-cbf291c.json");

        byte[] written = SnapshotJson.sealable(formatTwo);

        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(golden("snapshot-v3.json").strip());
        assertThat(SnapshotJson.unsealed(written, CREATED_AT)).isEqualTo(formatTwo);
    }

    @Test
    void everyOlderFormatSurvivesBeingWrittenAgainInTodaysFormat() {
        for (String file : List.of("snapshot-v1-748def2.json", "snapshot-v1-026d4b4.json",
                "snapshot-v2-cbf291c.json")) {
            StoredResult old = read(file);

            assertThat(SnapshotJson.unsealed(SnapshotJson.sealable(old), CREATED_AT)).as(file).isEqualTo(old);
        }
    }

    @Test
    void aRenamedAnswerFailsTheReadInsteadOfReadingAsZero() {
        String renamed = golden("snapshot-v2-cbf291c.json").replace("\\\"painScore\\\"", "\\\"pain\\\"");

        assertThatThrownBy(() -> read(renamed.getBytes(StandardCharsets.UTF_8)))
            .isInstanceOf(MismatchedInputException.class)
            .hasMessageContaining("'painScore'");
    }

    @Test
    void anAnswerTheStoredTypesDoNotKnowFailsTheRead() {
        String unknown = golden("snapshot-v2-cbf291c.json").replace("\\\"painScore\\\":5",
                "\\\"painScore\\\":5,\\\"mood\\\":3");

        assertThatThrownBy(() -> read(unknown.getBytes(StandardCharsets.UTF_8)))
            .isInstanceOf(UnrecognizedPropertyException.class)
            .hasMessageContaining("\"mood\"");
    }

    @Test
    void aMissingRequiredNameFailsTheRead() {
        String missing = golden("snapshot-v1-748def2.json").replace("\\\"urgency\\\":\\\"SEE_PROFESSIONAL\\\",", "");

        assertThatThrownBy(() -> read(missing.getBytes(StandardCharsets.UTF_8)))
            .isInstanceOf(MismatchedInputException.class)
            .hasMessageContaining("'urgency'");
    }

    @Test
    void anUnknownNameInTheOuterSnapshotFailsTheRead() {
        String unknown = golden("snapshot-v3.json").replace("\"nickname\":", "\"nick\":");

        assertThatThrownBy(() -> read(unknown.getBytes(StandardCharsets.UTF_8)))
            .isInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void aFormatNewerThanThisReleaseIsRefused() {
        String newer = golden("snapshot-v3.json").replace("\"format\":3", "\"format\":4");

        assertThatThrownBy(() -> read(newer.getBytes(StandardCharsets.UTF_8))).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("format 4");
    }

    private static StoredResult read(String file) {
        return read(golden(file).getBytes(StandardCharsets.UTF_8));
    }

    private static StoredResult read(byte[] sealable) {
        return SnapshotJson.unsealed(sealable, CREATED_AT);
    }

    static String golden(String file) {
        try (InputStream in = StoredFormatsTests.class.getResourceAsStream("/formats/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
