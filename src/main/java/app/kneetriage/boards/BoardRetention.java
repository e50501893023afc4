package app.kneetriage.boards;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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
 * Deletes boards nobody opened for a year, with their memberships (ON DELETE CASCADE). A
 * coach's visit records the board's use at most once a day ({@link CoachBoard}). Runs on
 * one instance at a time (ShedLock), passes over boards a request holds, as the results'
 * purge does, and logs counts only.
 */
@Component
class BoardRetention {

    /** How long a board nobody opens is kept. */
    static final Duration UNUSED_FOR = Duration.ofDays(365);

    private static final Logger log = LoggerFactory.getLogger(BoardRetention.class);

    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;

    private final NamedParameterJdbcTemplate named;

    private final TransactionTemplate transaction;

    private final MeterRegistry meters;

    private final Clock clock;

    BoardRetention(JdbcTemplate jdbc, PlatformTransactionManager transactions, MeterRegistry meters, Clock clock) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.transaction = new TransactionTemplate(transactions);
        this.meters = meters;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${knee-triage.retention.purge-interval}")
    @SchedulerLock(name = "purge-boards", lockAtMostFor = "PT30M")
    public void purgeOnSchedule() {
        int purged = purge();
        if (purged > 0) {
            log.info("Retention purge: {} boards unused for {} days removed", purged, UNUSED_FOR.toDays());
        }
    }

    /**
     * @return how many boards went
     */
    public int purge() {
        return transaction.execute(status -> {
            List<Long> due = jdbc.queryForList(
                    "SELECT id FROM coach_board WHERE last_used_at < ? FOR UPDATE SKIP LOCKED", Long.class,
                    Timestamp.from(clock.instant().minus(UNUSED_FOR)));
            int boards = 0;
            for (int from = 0; from < due.size(); from += BATCH) {
                boards += named.update("DELETE FROM coach_board WHERE id IN (:ids)",
                        Map.of("ids", due.subList(from, Math.min(due.size(), from + BATCH))));
            }
            meters.counter("kneetriage.retention.purged", "kind", "coach_boards").increment(boards);
            return boards;
        });
    }

}
