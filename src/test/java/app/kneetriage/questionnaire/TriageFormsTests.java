package app.kneetriage.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import app.kneetriage.rules.Answers;
import app.kneetriage.rules.GeneralSymptom;
import app.kneetriage.rules.Location;
import app.kneetriage.rules.Onset;
import app.kneetriage.rules.PainCharacter;
import app.kneetriage.rules.RedFlag;
import app.kneetriage.rules.Side;
import app.kneetriage.rules.Timing;
import app.kneetriage.rules.Training;
import org.junit.jupiter.api.Test;

/** The symptom form filled in with earlier answers gives back exactly those answers. */
class TriageFormsTests {

    @Test
    void answersWithEveryPartGiven() {
        Answers answers = new Answers(Location.OUTER, Side.LEFT, PainCharacter.BURNING, Onset.SUDDEN,
                Set.of(Timing.DURING_RUN_BUILDS, Timing.DOWNSTAIRS), 8, 12, true, false,
                new Training(-20, true, false, 650, 168, true, 2), Set.of(RedFlag.LOCKING), 47, true, false, true,
                Set.of(GeneralSymptom.values()[0]));

        assertThat(TriageForms.filledWith(answers).toAnswers()).isEqualTo(answers);
    }

    @Test
    void answersWithTheOptionalPartsLeftOut() {
        Answers answers = new Answers(Location.FRONT, Side.BOTH, PainCharacter.DULL_ACHE, Onset.GRADUAL, Set.of(), 3,
                40, false, true, new Training(0, null, null, null, null, null, null), Set.of(), null, null, null, null,
                Set.of());

        TriageForm form = TriageForms.filledWith(answers);

        assertThat(form.toAnswers()).isEqualTo(answers);
        assertThat(form.isNoRedFlags()).isTrue();
        assertThat(form.isAgeNotGiven()).isTrue();
    }

}
