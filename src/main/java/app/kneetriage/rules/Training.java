package app.kneetriage.rules;

/**
 * The optional training answers. A {@code null} component means "not answered", which
 * never matches a condition on that field.
 */
public record Training(Integer weeklyDistanceChangePercent, Boolean addedSpeedAndHills, Boolean newOrReturning,
        Integer shoeDistanceKm, Integer cadenceSpm, Boolean runsOnCamberedRoads, Integer restDaysPerWeek) {

    public static final Training NOT_ANSWERED = new Training(null, null, null, null, null, null, null);

    public boolean isEmpty() {
        return equals(NOT_ANSWERED);
    }
}
