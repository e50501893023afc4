package app.kneetriage.results;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes results once they are no longer needed: a set time after their link stopped
 * working (expired or revoked), and every result after the longest keeping time, also one
 * shared "until turned off". A purged result leaves the hash of its token, so its link
 * answers "gone", until that too is deleted. Runs on one instance at a time (ShedLock)
 * and logs counts only.
 */
@Component
@EnableConfigurationProperties(RetentionProperties.class)
class ResultRetention {

    private static final Logger log = LoggerFactory.getLogger(ResultRetention.class);

    /** Ended (revoked or expired) before the first date, or created before the second. */
    private static final String DUE = "(revoked_at < ? OR expires_at < ? OR created_at < ?)";

    private final JdbcTemplate jdbc;

    private final RetentionProperties retention;

    private final MeterRegistry meters;

    private final Clock clock;

    private final TransactionTemplate transaction;

    ResultRetention(JdbcTemplate jdbc, PlatformTransactionManager transactions, RetentionProperties retention,
            MeterRegistry meters, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.retention = retention;
        this.meters = meters;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${knee-triage.retention.purge-interval}")
    @SchedulerLock(name = "purge-results", lockAtMostFor = "PT30M")
    public void purgeOnSchedule() {
        Purged purged = purge();
        if (purged.results() > 0 || purged.tombstones() > 0) {
            log.info("Retention purge: {} results (with {} returns to running) and {} deleted-result links removed",
                    purged.results(), purged.programmes(), purged.tombstones());
        }
    }

    /** In one transaction: the tombstones are written together with the deletes. */
    public Purged purge() {
        return transaction.execute(status -> purgeNow());
    }

    private Purged purgeNow() {
        Instant now = clock.instant();
        Timestamp ended = Timestamp.from(now.minus(retention.afterEnd()));
        Timestamp created = Timestamp.from(now.minus(retention.maxAge()));
        jdbc.update(
                "INSERT INTO deleted_result (token_hash, deleted_at) SELECT token_hash, ? FROM triage_result"
                        + " WHERE token_hash IS NOT NULL AND " + DUE
                        + " AND token_hash NOT IN (SELECT token_hash FROM deleted_result)",
                Timestamp.from(now), ended, ended, created);
        // A result's return to running goes with it (ON DELETE CASCADE); counted first.
        Integer programmes = jdbc.queryForObject(
                "SELECT COUNT(*) FROM return_programme WHERE result_id IN (SELECT id FROM triage_result WHERE " + DUE
                        + ")",
                Integer.class, ended, ended, created);
        int results = jdbc.update("DELETE FROM triage_result WHERE " + DUE, ended, ended, created);
        int tombstones = jdbc.update("DELETE FROM deleted_result WHERE deleted_at < ?",
                Timestamp.from(now.minus(retention.tombstones())));
        meters.counter("kneetriage.retention.purged", "kind", "results").increment(results);
        meters.counter("kneetriage.retention.purged", "kind", "return_programmes").increment(programmes);
        meters.counter("kneetriage.retention.purged", "kind", "deleted_result_links").increment(tombstones);
        return new Purged(results, programmes, tombstones);
    }

    record Purged(int results, int programmes, int tombstones) {
    }

}
