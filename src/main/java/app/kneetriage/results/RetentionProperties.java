package app.kneetriage.results;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long results are kept.
 *
 * @param afterEnd how long after its link stops working (expired or revoked) a result is
 * deleted
 * @param maxAge the longest any result is kept, also one shared "until turned off"
 * @param purgeInterval how often the purge runs
 * @param tombstones how long a deleted result's link still answers "gone" rather than
 * "not found"
 */
@ConfigurationProperties("knee-triage.retention")
public record RetentionProperties(Duration afterEnd, Duration maxAge, Duration purgeInterval, Duration tombstones) {

    public RetentionProperties {
        if (afterEnd.isNegative() || maxAge.isNegative() || maxAge.isZero() || purgeInterval.isNegative()
                || purgeInterval.isZero() || tombstones.isNegative()) {
            throw new IllegalArgumentException("knee-triage.retention.* must be positive durations");
        }
    }

    public long afterEndDays() {
        return afterEnd.toDays();
    }

    public long maxAgeDays() {
        return maxAge.toDays();
    }

}
