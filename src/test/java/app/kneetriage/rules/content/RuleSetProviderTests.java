package app.kneetriage.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;

import app.kneetriage.rules.RuleSet;
import app.kneetriage.support.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The live rule set is kept until a publish commits, and a reader who loads it while the
 * publish's transaction is still open does not keep the old set past the commit.
 */
@DatabaseTest
class RuleSetProviderTests {

    /** Not a version the seed uses, so the reloaded set is told apart by its number. */
    private static final int MARKED_VERSION = 9_999;

    @Autowired
    RuleSetProvider ruleSets;

    @Autowired
    RuleVersionRepository versions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    Integer originalNumber;

    long latestId;

    @AfterEach
    void putTheNumberBack() {
        if (originalNumber != null) {
            jdbc.update("UPDATE rule_set SET version_number = ? WHERE id = ?", originalNumber, latestId);
        }
        ruleSets.evict();
    }

    @Test
    void aReaderDuringThePublishTransactionKeepsNothingPastItsCommit() {
        RuleSet before = ruleSets.current();
        latestId = versions.findLatestPublishedId().orElseThrow();
        originalNumber = before.version();

        RuleSet readDuringTransaction = transaction.execute(status -> {
            // Stands in for a publish: the live version reads differently once this
            // commits.
            jdbc.update("UPDATE rule_set SET version_number = ? WHERE id = ?", MARKED_VERSION, latestId);
            events.publishEvent(new RuleVersionPublished(MARKED_VERSION));
            ruleSets.evict();
            return CompletableFuture.supplyAsync(ruleSets::current).join();
        });

        assertThat(readDuringTransaction.version()).as("the other reader saw only what was committed")
            .isEqualTo(originalNumber);
        assertThat(ruleSets.current().version()).as("after the commit, the published set").isEqualTo(MARKED_VERSION);
    }

    @Test
    void theSetIsLoadedOnceAndKeptUntilAPublish() {
        RuleSet first = ruleSets.current();

        assertThat(ruleSets.current()).isSameAs(first);

        transaction.executeWithoutResult(status -> events.publishEvent(new RuleVersionPublished(first.version())));

        RuleSet again = ruleSets.current();

        assertThat(again).isNotSameAs(first);
        assertThat(again.version()).isEqualTo(first.version());
    }

}
