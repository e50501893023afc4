package app.kneetriage.rules.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import app.kneetriage.support.RepositoryTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The repository's own queries: the live version, the draft, the publishing lock, version
 * numbers.
 */
@RepositoryTest
class RuleVersionRepositoryTests {

    @Autowired
    RuleVersionRepository versions;

    @Autowired
    PictureRepository pictures;

    @Test
    void theLiveVersionIsTheHighestPublishedNumberAndTheLockIsTheFirstOne() {
        RuleVersion live = versions.latestPublished();
        int highest = versions.findHighestVersionNumber();
        RuleVersion newer = new RuleSetTransfer(pictures).copyAsDraft(live, Instant.now());
        newer.publish(highest + 1, Instant.now(), "someone", "a newer version");
        versions.saveAndFlush(newer);

        assertThat(versions.findHighestVersionNumber()).isEqualTo(highest + 1);
        assertThat(versions.latestPublished().getId()).isEqualTo(newer.getId());
        assertThat(versions.findFirstPublishedId())
            .hasValueSatisfying(first -> assertThat(first).isLessThan(newer.getId()));
        assertThat(versions.lockPublishing().getId()).isEqualTo(newer.getId());
    }

    @Test
    void theDraftIsFoundLockedAndPreferredOverTheLiveVersion() {
        assertThat(versions.findDraftForUpdate()).isEmpty();
        assertThat(versions.draftOrLatestPublished().getStatus()).isEqualTo(RuleSetStatus.PUBLISHED);

        RuleVersion draft = versions
            .saveAndFlush(new RuleSetTransfer(pictures).copyAsDraft(versions.latestPublished(), Instant.now()));

        assertThat(versions.findDraftForUpdate()).map(RuleVersion::getId).hasValue(draft.getId());
        assertThat(versions.draftOrLatestPublished().getId()).isEqualTo(draft.getId());
        assertThat(draft.getCauses()).isNotEmpty();
    }

    @Test
    void theDatabaseHoldsOneDraftAtMost() {
        RuleVersion live = versions.latestPublished();
        versions.saveAndFlush(new RuleSetTransfer(pictures).copyAsDraft(live, Instant.now()));

        assertThatThrownBy(() -> versions.saveAndFlush(new RuleSetTransfer(pictures).copyAsDraft(live, Instant.now())))
            .isInstanceOf(DataIntegrityViolationException.class);
    }

}
