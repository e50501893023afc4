package app.kneetriage.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that tests move forward, so a week of a return to running passes in a moment.
 * It starts at the real time and stays there until moved.
 */
public final class MovableClock extends Clock {

    private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

    /** Moves the clock on by {@code duration}. */
    public void advance(Duration duration) {
        ahead.updateAndGet(now -> now.plus(duration));
    }

    /** Back to the real time. */
    public void reset() {
        ahead.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), ahead.get());
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead.get());
    }

}
