package app.kneetriage.results;

import java.util.List;

import app.kneetriage.rules.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Seals results stored before sealing existed, once, before the app serves requests: the
 * token becomes a hash, and the answers, outcome and token are sealed and then cleared
 * from their plain columns. Each row is updated only while it is still unsealed, so
 * instances starting together do each row once.
 */
@Component
class LegacyResultSealer implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(LegacyResultSealer.class);

    private static final int BATCH = 200;

    private final JdbcTemplate jdbc;

    private final ResultSealing sealing;

    LegacyResultSealer(JdbcTemplate jdbc, ResultSealing sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    @Override
    public void afterPropertiesSet() {
        int sealed = 0;
        long after = 0;
        List<Legacy> batch;
        do {
            batch = jdbc.query(
                    "SELECT id, token, answers, outcome, manage_key_hash FROM triage_result"
                            + " WHERE sealed_data IS NULL AND token IS NOT NULL AND id > ? ORDER BY id FETCH FIRST "
                            + BATCH + " ROWS ONLY",
                    (row, n) -> new Legacy(row.getLong("id"), row.getString("token"), row.getString("answers"),
                            row.getString("outcome"), row.getString("manage_key_hash")),
                    after);
            for (Legacy legacy : batch) {
                sealed += seal(legacy);
                after = legacy.id();
            }
        }
        while (batch.size() == BATCH);
        if (sealed > 0) {
            log.info("Sealed {} results stored before sealing", sealed);
        }
    }

    private int seal(Legacy legacy) {
        String tokenHash = Tokens.hash(legacy.token());
        // The snapshots are sealed as they were written: an immutable result stays so.
        byte[] data = SnapshotJson.sealable(legacy.token(), legacy.answers(), legacy.outcome());
        // Results from before manage keys have none; their copy is wrapped under a
        // throwaway.
        String manageKeyHash = legacy.manageKeyHash() != null ? legacy.manageKeyHash() : Tokens.newToken();
        ResultSealing.Sealed sealed = sealing.sealLegacy(data, legacy.token(), manageKeyHash,
                ResultService.associated(tokenHash));
        TriageResult.Summary summary = summaryOf(legacy);
        return jdbc.update(
                "UPDATE triage_result SET token_hash = ?, sealed_data = ?, key_by_share_token = ?,"
                        + " key_by_manage_key = ?, manage_key_legacy = TRUE, urgency = ?, top_cause_code = ?,"
                        + " rules_version = ?, token = NULL, answers = NULL, outcome = NULL"
                        + " WHERE id = ? AND sealed_data IS NULL",
                tokenHash, sealed.data(), sealed.keyByShareToken(), sealed.keyByManageKey(), summary.urgency(),
                summary.topCauseCode(), summary.rulesVersion(), legacy.id());
    }

    /**
     * Urgency, top cause and rules version for the plain columns; a snapshot today's code
     * cannot read leaves them empty rather than stopping the start.
     */
    private static TriageResult.Summary summaryOf(Legacy legacy) {
        try {
            Outcome outcome = SnapshotJson.readOutcome(legacy.outcome());
            return TriageResult.Summary.of(outcome);
        }
        catch (RuntimeException unreadable) {
            log.warn("Result row {} has an outcome this version cannot read; sealed without its summary", legacy.id());
            return new TriageResult.Summary(null, null, null);
        }
    }

    private record Legacy(long id, String token, String answers, String outcome, String manageKeyHash) {
    }

}
