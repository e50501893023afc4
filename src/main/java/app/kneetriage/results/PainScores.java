package app.kneetriage.results;

import java.util.Optional;

import app.kneetriage.rules.AnswerLimits;

/** A pain score as a form sends it: a whole number from 0 to 10, or nothing usable. */
final class PainScores {

    private PainScores() {
    }

    static Optional<Integer> parse(String entered) {
        if (entered == null || !entered.strip().matches("\\d{1,2}")) {
            return Optional.empty();
        }
        int pain = Integer.parseInt(entered.strip());
        return pain <= AnswerLimits.MAX_PAIN_SCORE ? Optional.of(pain) : Optional.empty();
    }

}
