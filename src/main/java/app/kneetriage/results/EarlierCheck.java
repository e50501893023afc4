package app.kneetriage.results;

import java.time.Instant;

import app.kneetriage.rules.Urgency;

/**
 * One line of a share link's history: an earlier check the link showed before the runner
 * re-ran it. Kept sealed inside the newest result's snapshot.
 *
 * @param topCause the most likely cause's name as it was shown, or {@code null} for none
 */
public record EarlierCheck(Instant createdAt, Urgency urgency, String topCause, int painScore) {

    static EarlierCheck of(StoredResult result) {
        var causes = result.outcome().causes();
        return new EarlierCheck(result.createdAt(), result.outcome().urgency(),
                causes.isEmpty() ? null : causes.get(0).name(), result.answers().painScore());
    }

}
