package app.kneetriage.rules;

/**
 * Where the fit words start: a score from {@code strongFrom} up is {@link Fit#STRONG},
 * from {@code moderateFrom} up {@link Fit#MODERATE}, below it {@link Fit#WEAK}.
 */
public record FitBands(double strongFrom, double moderateFrom) {

    /** The contract's defaults. */
    public static final FitBands DEFAULT = new FitBands(0.67, 0.34);

    public FitBands {
        if (!(moderateFrom > 0 && moderateFrom < strongFrom && strongFrom <= 1)) {
            throw new InvalidRuleException("the fit bands need 0 < moderate < strong <= 1");
        }
    }

    public Fit of(double score) {
        return score >= strongFrom ? Fit.STRONG : score >= moderateFrom ? Fit.MODERATE : Fit.WEAK;
    }

}
