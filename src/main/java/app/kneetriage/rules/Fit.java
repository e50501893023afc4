package app.kneetriage.rules;

/**
 * How well the answers fit a cause's pattern, in words: a score is how much of the
 * pattern matched, not the probability of a diagnosis, so pages show these words and
 * never a percentage.
 */
public enum Fit {

    STRONG, MODERATE, WEAK

}
