package app.kneetriage.rules;

import java.util.List;

/**
 * A likely cause in an outcome, with its score in 0–1 and the reasons from the answers.
 */
public record RankedCause(String code, String name, String explanation, double score, List<String> reasons) {

    public RankedCause {
        reasons = List.copyOf(reasons);
    }
}
