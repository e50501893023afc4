package app.kneetriage.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import app.kneetriage.rules.Exercise;
import app.kneetriage.rules.content.DraftEditor;
import app.kneetriage.rules.content.ExerciseEntry;
import app.kneetriage.rules.content.RuleSetTransfer;
import app.kneetriage.rules.content.RuleVersion;
import app.kneetriage.rules.content.RuleVersionRepository;
import app.kneetriage.rules.content.StaleEditException;
import app.kneetriage.support.RepositoryTest;
import app.kneetriage.system.ClockConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Edits of the draft reach the log through the rule content's event: a kept edit is
 * recorded with who made it, a refused one leaves no entry.
 */
@RepositoryTest
@Import({ DraftEditor.class, RuleSetTransfer.class, DraftChangeRecorder.class, AuditLog.class,
        ClockConfiguration.class })
class DraftChangeRecorderTests {

    @Autowired
    DraftEditor editor;

    @Autowired
    RuleSetTransfer transfer;

    @Autowired
    RuleVersionRepository versions;

    @Autowired
    AuditLog audit;

    ExerciseEntry exercise;

    @BeforeEach
    void startADraft() {
        RuleVersion draft = versions.saveAndFlush(transfer.copyAsDraft(versions.latestPublished(), Instant.now()));
        exercise = draft.getExercises().get(0);
    }

    @Test
    void aKeptEditIsRecordedWithWhoMadeIt() {
        editor.edit("zz-physio", draft -> {
            String before = exercise.getName();
            draft.changeExercise(exercise,
                    new Exercise(exercise.getCode(), "Zz-Clamshells, slower", exercise.getAim(), exercise.getHowTo(),
                            exercise.getSets(), exercise.getReps(), exercise.getHoldSeconds(), exercise.isPerSide(),
                            exercise.getCaution(), exercise.getTimesPerWeek(), exercise.getProgression(), null,
                            exercise.getKind(), exercise.isLoadsKnee()));
            draft.note("UPDATE", "EXERCISE", exercise.getName() + " (draft)", before, exercise.getName());
            return exercise;
        });

        assertThat(audit.search("zz-physio", "EXERCISE", "")).singleElement().satisfies(entry -> {
            assertThat(entry.getAction()).isEqualTo("UPDATE");
            assertThat(entry.getSubject()).isEqualTo("Zz-Clamshells, slower (draft)");
            assertThat(entry.getAfter()).isEqualTo("Zz-Clamshells, slower");
        });
    }

    @Test
    void aRefusedEditLeavesNoEntry() {
        assertThatThrownBy(() -> editor.edit("zz-physio", draft -> {
            draft.note("UPDATE", "EXERCISE", "Zz-never saved", null, null);
            draft.requireUnchanged(exercise.getVersion() - 1, exercise.getVersion());
            return exercise;
        })).isInstanceOf(StaleEditException.class);

        assertThat(audit.search("zz-physio", "", "")).isEmpty();
    }

}
