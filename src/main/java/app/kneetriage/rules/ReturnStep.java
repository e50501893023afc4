package app.kneetriage.rules;

/**
 * One week of the return-to-run protocol; the last week's text covers the weeks after it.
 *
 * @param sessions the runs that complete the week, or {@code null} for the
 * pain-monitoring rule's default
 * @param walkMinutes the planned session's minutes of walking, or {@code null} when the
 * week plans no fixed session (then {@code runMinutes} is null too)
 * @param runMinutes the planned session's minutes of running
 */
public record ReturnStep(int week, String description, Integer sessions, Integer walkMinutes, Integer runMinutes) {

    public static final int MAX_MINUTES = 600;

    public ReturnStep {
        if (week < 1 || week > TextLimits.MAX_WEEK) {
            throw new InvalidRuleException("a return-to-run week is from 1 to " + TextLimits.MAX_WEEK);
        }
        description = Texts.required(description, "a return-to-run description", TextLimits.RETURN_STEP);
        if (sessions != null && (sessions < 1 || sessions > Exercise.MAX_TIMES_PER_WEEK)) {
            throw new InvalidRuleException(
                    "week " + week + ": runs a week must be from 1 to " + Exercise.MAX_TIMES_PER_WEEK);
        }
        if ((walkMinutes == null) != (runMinutes == null)) {
            throw new InvalidRuleException("week " + week + ": a planned session gives both walking and running");
        }
        if (walkMinutes != null
                && (outOfRange(walkMinutes) || outOfRange(runMinutes) || walkMinutes + runMinutes == 0)) {
            throw new InvalidRuleException(
                    "week " + week + ": a planned session's minutes must be from 0 to " + MAX_MINUTES + ", not all 0");
        }
    }

    /** A week with only its text: the default runs a week and no fixed session. */
    public ReturnStep(int week, String description) {
        this(week, description, null, null, null);
    }

    /** The runs that complete this week, given the rule's default. */
    public int sessionsOr(PainMonitoringRule rule) {
        return sessions == null ? rule.sessionsPerWeek() : sessions;
    }

    public boolean hasPlannedSession() {
        return walkMinutes != null;
    }

    private static boolean outOfRange(int minutes) {
        return minutes < 0 || minutes > MAX_MINUTES;
    }

}
