package app.kneetriage.rules.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import app.kneetriage.rules.InvalidRuleException;
import app.kneetriage.rules.ReturnStep;
import app.kneetriage.support.RepositoryTest;
import app.kneetriage.system.ClockConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one way to change the draft: an edit read from an older copy, or one the engine
 * could not evaluate, changes nothing and announces nothing; a kept edit is announced
 * once.
 */
@RepositoryTest
@Import({ DraftEditor.class, RuleSetTransfer.class, ClockConfiguration.class, DraftEditorTests.Announcements.class })
class DraftEditorTests {

    @Autowired
    DraftEditor editor;

    @Autowired
    RuleVersionRepository versions;

    @Autowired
    PictureRepository pictures;

    @Autowired
    Announcements announcements;

    @BeforeEach
    void nothingHeardYet() {
        announcements.changes.clear();
    }

    @Test
    void aSaveFromACopyReadBeforeSomeoneElseSavedIsRefused() {
        CauseEntry cause = startDraft().getCauses().get(0);
        long readWith = cause.getVersion();
        rename(cause, readWith, "Saved first");

        assertThatThrownBy(() -> rename(cause, readWith, "Saved from the older copy"))
            .isInstanceOf(StaleEditException.class)
            .hasMessage("changed by someone else");
        assertThat(cause.getName()).isEqualTo("Saved first");
        assertThat(announcements.changes).extracting(DraftChanged::after).containsExactly("Saved first");
    }

    @Test
    void aCopyWithoutAStampCountsAsStale() {
        CauseEntry cause = startDraft().getCauses().get(0);

        assertThatThrownBy(() -> editor.edit("physio", draft -> {
            draft.requireUnchanged(null, cause.getVersion());
            return cause;
        })).isInstanceOf(StaleEditException.class);
    }

    @Test
    void anEditTheEngineCouldNotEvaluateIsRefusedAndNotAnnounced() {
        startDraft();

        assertThatThrownBy(() -> editor.edit("physio", editable -> {
            editable.replaceReturnSteps(List.of(new ReturnStep(2, "Run 2 minutes"), new ReturnStep(1, "Walk")));
            editable.note("UPDATE", "RETURN_TO_RUN", "weeks out of order", null, null);
            return null;
        })).isInstanceOf(InvalidRuleException.class).hasMessageContaining("weeks must increase");
        assertThat(announcements.changes).isEmpty();
    }

    @Test
    void anEditWithoutADraftIsRefused() {
        assertThatThrownBy(() -> editor.edit("physio", draft -> null)).isInstanceOf(NoDraftException.class);
    }

    private RuleVersion startDraft() {
        return versions
            .saveAndFlush(new RuleSetTransfer(pictures).copyAsDraft(versions.latestPublished(), Instant.now()));
    }

    private void rename(CauseEntry cause, long readWith, String name) {
        editor.edit("physio", draft -> {
            draft.requireUnchanged(readWith, cause.getVersion());
            String before = cause.getName();
            cause.setName(name);
            draft.note("UPDATE", "CAUSE", cause.getCode() + " (draft)", before, name);
            return cause;
        });
    }

    /** Listens as the audit log does. */
    @Component
    static class Announcements {

        final List<DraftChanged> changes = new ArrayList<>();

        @EventListener
        void heard(DraftChanged change) {
            changes.add(change);
        }

    }

}
