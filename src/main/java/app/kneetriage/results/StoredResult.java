package app.kneetriage.results;

import java.time.Instant;
import java.util.List;

import app.kneetriage.rules.Answers;
import app.kneetriage.rules.Outcome;

/**
 * A result as the runner first saw it: never recomputed, whatever the rules say today.
 *
 * @param nickname what the runner wants a coach to call them, or {@code null}
 * @param history the checks this result's share link showed before, newest first
 */
public record StoredResult(String token, Instant createdAt, Answers answers, Outcome outcome, String nickname,
        List<EarlierCheck> history) {

    /** How many earlier checks a share link's history keeps. */
    static final int HISTORY_LENGTH = 5;

    public StoredResult {
        history = history == null ? List.of() : List.copyOf(history);
    }

    public StoredResult(String token, Instant createdAt, Answers answers, Outcome outcome) {
        this(token, createdAt, answers, outcome, null, List.of());
    }

}
