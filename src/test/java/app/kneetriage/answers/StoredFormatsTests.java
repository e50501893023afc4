package app.kneetriage.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import app.kneetriage.rules.Answers;
import app.kneetriage.rules.BoneHealth;
import app.kneetriage.rules.KneeSigns;
import app.kneetriage.rules.Location;
import app.kneetriage.rules.Onset;
import app.kneetriage.rules.Timing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The test cases' answers as stored, one golden file per contract version: versions 1 to
 * 3 exactly as the seed migrations stored them, and answers as "try it" kept them. Read
 * with the application's own JSON settings, so a renamed or unknown name fails as it
 * would on a stored case.
 */
@JsonTest
@Import(TriageRequests.class)
@ImportAutoConfiguration({ ValidationAutoConfiguration.class, MessageSourceAutoConfiguration.class })
class StoredFormatsTests {

    @Autowired
    private TriageRequests requests;

    @Test
    void contractVersionOneAnswersReadBack() {
        Answers answers = requests.read(golden("testcase-answers-v1.json"));

        assertThat(answers.location()).isEqualTo(Location.FRONT);
        assertThat(answers.painScore()).isEqualTo(4);
        assertThat(answers.durationDays()).isEqualTo(10);
        assertThat(answers.timing()).containsExactlyInAnyOrder(Timing.AFTER_SITTING, Timing.DOWNSTAIRS,
                Timing.AFTER_RUN);
        assertThat(answers.training().weeklyDistanceChangePercent()).isEqualTo(25);
        assertThat(answers.age()).isNull();
        assertThat(answers.knee()).isEqualTo(KneeSigns.NOT_ANSWERED);
    }

    @Test
    void contractVersionTwoAnswersReadBack() {
        Answers answers = requests.read(golden("testcase-answers-v2.json"));

        assertThat(answers.onset()).isEqualTo(Onset.SUDDEN);
        assertThat(answers.painScore()).isEqualTo(5);
        assertThat(answers.injuryEvent()).isTrue();
        assertThat(answers.popAtInjury()).isTrue();
        assertThat(answers.age()).isEqualTo(31);
        assertThat(answers.training().isEmpty()).isTrue();
    }

    @Test
    void contractVersionThreeAnswersReadBack() {
        Answers answers = requests.read(golden("testcase-answers-v3.json"));

        assertThat(answers.location()).isEqualTo(Location.UPPER_SHIN);
        assertThat(answers.painScore()).isEqualTo(4);
        assertThat(answers.knee()).isEqualTo(new KneeSigns(true, true, null, null, null, null));
        assertThat(answers.training().weeklyDistanceChangePercent()).isEqualTo(35);
        assertThat(answers.training().restDaysPerWeek()).isEqualTo(1);
    }

    @Test
    void answersKeptFromTryItReadBackAndAreWrittenTheSameToday() {
        String kept = golden("testcase-answers-kept.json");

        Answers answers = requests.read(kept);

        assertThat(answers.painScore()).isEqualTo(3);
        assertThat(answers.age()).isEqualTo(24);
        assertThat(answers.knee()).isEqualTo(new KneeSigns(false, null, null, true, null, null));
        assertThat(answers.boneHealth()).containsExactly(BoneHealth.MISSED_PERIODS, BoneHealth.LOW_ENERGY_OR_DIETING);
        assertThat(answers.training().cadenceSpm()).isEqualTo(170);
        assertThat(requests.write(answers)).isEqualTo(kept.strip());
    }

    @Test
    void aRenamedAnswerFailsTheReadNamingIt() {
        String renamed = golden("testcase-answers-v3.json").replace("\"painScore\"", "\"pain\"");

        assertThatThrownBy(() -> requests.read(renamed)).isInstanceOf(InvalidAnswersException.class)
            .satisfies(e -> assertThat(((InvalidAnswersException) e).problems()).extracting(FieldProblem::field)
                .containsExactly("pain"));
    }

    private static String golden(String file) {
        try (InputStream in = StoredFormatsTests.class.getResourceAsStream("/formats/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
