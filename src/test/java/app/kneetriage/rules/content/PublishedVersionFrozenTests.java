package app.kneetriage.rules.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import app.kneetriage.support.RepositoryTest;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A published version never changes, whatever code tries: a text, a condition's weight, a
 * new or removed cause, the version's own note. A draft changes freely.
 */
@RepositoryTest
class PublishedVersionFrozenTests {

    @Autowired
    RuleVersionRepository versions;

    @Autowired
    EntityManager entityManager;

    @Autowired
    PictureRepository pictures;

    RuleVersion live;

    @BeforeEach
    void readTheLiveVersionAfresh() {
        entityManager.clear();
        live = versions.latestPublished();
    }

    @Test
    void changingATextOfAPublishedCauseIsRefused() {
        live.getCauses().get(0).setName("Renamed after publishing");

        assertThatThrownBy(entityManager::flush).isInstanceOf(PublishedVersionChangeException.class);
    }

    @Test
    void changingAWeightInsideACauseIsRefused() {
        PatternItemEntry item = live.getCauses().get(0).getPatternItems().get(0);
        item.setWeight(item.getWeight() + 1);

        assertThatThrownBy(entityManager::flush).isInstanceOf(PublishedVersionChangeException.class);
    }

    @Test
    void removingACauseFromAPublishedVersionIsRefusedAtOnce() {
        assertThatThrownBy(() -> live.removeCause(live.getCauses().get(0)))
            .isInstanceOf(PublishedVersionChangeException.class);
    }

    @Test
    void changingThePublishedVersionItselfIsRefusedAtOnce() {
        assertThatThrownBy(
                () -> live.publish(live.getVersionNumber(), Instant.now(), "someone", "a new note for an old version"))
            .isInstanceOf(PublishedVersionChangeException.class);
    }

    @Test
    void itsListsCannotBeChangedFromOutside() {
        assertThatThrownBy(() -> live.getUrgencyRules().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> live.getCauses().remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aDraftChangesFreely() {
        RuleVersion draft = versions.saveAndFlush(new RuleSetTransfer(pictures).copyAsDraft(live, Instant.now()));
        entityManager.clear();

        RuleVersion reread = versions.findById(draft.getId()).orElseThrow();
        reread.getCauses().get(0).setName("Renamed in the draft");
        reread.removeCause(reread.getCauses().get(1));
        entityManager.flush();

        assertThat(versions.findById(draft.getId()).orElseThrow().getCauses().get(0).getName())
            .isEqualTo("Renamed in the draft");
    }

}
