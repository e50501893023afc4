package app.kneetriage.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How long the server waits for a request body (see {@link SlowBodyValve}).
 *
 * @param stallTimeout the longest a body may pause with no byte at all (Tomcat's upload
 * timeout)
 * @param grace how long any body may take, however small
 * @param minRate the pace a body must keep on top of the grace, per second
 */
@ConfigurationProperties("knee-triage.request-body")
record RequestBodyProperties(Duration stallTimeout, Duration grace, DataSize minRate) {

    RequestBodyProperties {
        if (stallTimeout.isNegative() || stallTimeout.isZero() || grace.isNegative() || minRate.toBytes() < 1) {
            throw new IllegalArgumentException(
                    "knee-triage.request-body.stall-timeout and .min-rate must be positive, .grace not negative");
        }
    }

}
