package app.kneetriage.results;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import app.kneetriage.system.KneeTriageProperties;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes results once they are no longer needed: a set time after their link stopped
 * working (expired or revoked), and every result after the longest keeping time, also one
 * shared "until turned off". A purged result leaves the hash of its token, so its link
 * answers "gone", until that too is deleted. Runs on one instance at a time (ShedLock)
 * and logs counts only. It locks what it deletes before deleting it, as a runner's delete
 * does, and passes over rows a request holds.
 */
@Component
class ResultRetention {

    private static final Logger log = LoggerFactory.getLogger(ResultRetention.class);

    /** Ended (revoked or expired) before the first date, or created before the second. */
    private static final String DUE = "(revoked_at < ? OR expires_at < ? OR created_at < ?)";

    /** Rows deleted per statement, which keeps the lists of ids short. */
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;

    private final NamedParameterJdbcTemplate named;

    private final KneeTriageProperties.Retention retention;

    private final MeterRegistry meters;

    private final Clock clock;

    private final TransactionTemplate transaction;

    ResultRetention(JdbcTemplate jdbc, PlatformTransactionManager transactions, KneeTriageProperties settings,
            MeterRegistry meters, Clock clock) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.transaction = new TransactionTemplate(transactions);
        this.retention = settings.retention();
        this.meters = meters;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${knee-triage.retention.purge-interval}")
    @SchedulerLock(name = "purge-results", lockAtMostFor = "PT30M")
    public void purgeOnSchedule() {
        Purged purged = purge();
        if (purged.results() > 0 || purged.tombstones() > 0) {
            log.info("Retention purge: {} results and {} deleted-result links removed", purged.results(),
                    purged.tombstones());
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
        // Rows a runner's request has locked (a delete, a re-run, a session being logged)
        // are left to the next purge: waiting for them deadlocked with a delete writing
        // the same tombstone, and the request may well delete the row itself.
        List<Long> due = jdbc.queryForList("SELECT id FROM triage_result WHERE " + DUE + " FOR UPDATE SKIP LOCKED",
                Long.class, ended, ended, created);
        int results = 0;
        for (int from = 0; from < due.size(); from += BATCH) {
            Map<String, Object> batch = Map.of("ids", due.subList(from, Math.min(due.size(), from + BATCH)), "now",
                    Timestamp.from(now));
            named
                .update("INSERT INTO deleted_result (token_hash, deleted_at) SELECT token_hash, :now FROM triage_result"
                        + " WHERE id IN (:ids) AND token_hash IS NOT NULL"
                        + " AND token_hash NOT IN (SELECT token_hash FROM deleted_result)", batch);
            // Whatever other modules keep beside a result (a return to running) goes with
            // it
            // through ON DELETE CASCADE; results need not know what that is.
            results += named.update("DELETE FROM triage_result WHERE id IN (:ids)", batch);
        }
        int tombstones = jdbc.update("DELETE FROM deleted_result WHERE deleted_at < ?",
                Timestamp.from(now.minus(retention.tombstones())));
        meters.counter("kneetriage.retention.purged", "kind", "results").increment(results);
        meters.counter("kneetriage.retention.purged", "kind", "deleted_result_links").increment(tombstones);
        return new Purged(results, tombstones);
    }

    record Purged(int results, int tombstones) {
    }

}
