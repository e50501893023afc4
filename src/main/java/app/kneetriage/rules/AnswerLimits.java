package app.kneetriage.rules;

/**
 * The ranges the triage contract gives each numeric answer. The symptom form, the JSON
 * API and the admins' test cases all check answers against these, and nowhere else are
 * they written down.
 */
public final class AnswerLimits {

    public static final int MIN_PAIN_SCORE = 0;

    public static final int MAX_PAIN_SCORE = 10;

    /** About ten years. */
    public static final int MAX_DURATION_DAYS = 3650;

    public static final int MIN_WEEKLY_DISTANCE_CHANGE_PERCENT = -100;

    public static final int MAX_WEEKLY_DISTANCE_CHANGE_PERCENT = 1000;

    public static final int MAX_SHOE_DISTANCE_KM = 10_000;

    public static final int MIN_CADENCE_SPM = 100;

    public static final int MAX_CADENCE_SPM = 250;

    public static final int MAX_REST_DAYS_PER_WEEK = 7;

    public static final int MIN_AGE = 10;

    public static final int MAX_AGE = 100;

    private AnswerLimits() {
    }

}
