package app.kneetriage.results;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The periods a runner can choose for a share link, counted from the moment they choose.
 */
public enum ExpiryChoice {

    DAYS_7(Duration.ofDays(7)), DAYS_30(Duration.ofDays(30)), DAYS_90(Duration.ofDays(90)), NEVER(null);

    private final Duration period;

    ExpiryChoice(Duration period) {
        this.period = period;
    }

    /**
     * @return when the link stops working, or {@code null} for never
     */
    Instant expiresAt(Instant now) {
        return period == null ? null : now.plus(period);
    }

    static Optional<ExpiryChoice> parse(String value) {
        for (ExpiryChoice choice : values()) {
            if (choice.name().equals(value)) {
                return Optional.of(choice);
            }
        }
        return Optional.empty();
    }

}
