package app.kneetriage.results;

import java.time.Instant;

import app.kneetriage.rules.Answers;
import app.kneetriage.rules.Outcome;

/**
 * A result as the runner first saw it: never recomputed, whatever the rules say today.
 */
public record StoredResult(String token, Instant createdAt, Answers answers, Outcome outcome) {
}
