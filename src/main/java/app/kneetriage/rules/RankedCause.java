package app.kneetriage.rules;

import java.util.List;

/**
 * A likely cause in an outcome, with its score in 0–1, how well the answers fit it in
 * words, and the reasons from the answers. {@code fit} is {@code null} in results made
 * before it existed.
 */
public record RankedCause(String code, String name, String explanation, double score, List<String> reasons, Fit fit) {

    public RankedCause {
        reasons = List.copyOf(reasons);
    }
}
