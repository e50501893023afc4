package app.kneetriage.rules;

/**
 * How long each text of the rule content may be, in characters. The engine refuses longer
 * texts, the admin forms check the same numbers, and the database columns are this wide
 * (a test compares them with the schema).
 */
public final class TextLimits {

    public static final int NAME = 200;

    public static final int EXPLANATION = 4000;

    public static final int REASON = 1000;

    public static final int AIM = 100;

    /** What an exercise picture shows, in words. */
    public static final int PICTURE_ALT = 300;

    public static final int HOW_TO = 2000;

    public static final int CAUTION = 1000;

    public static final int ADVICE = 2000;

    public static final int RETURN_STEP = 2000;

    public static final int PROGRESSION = 1000;

    /** A running rule's answer in words. */
    public static final int RUNNING = 2000;

    /** A condition, written as JSON. */
    public static final int CONDITION = 8000;

    /** Sets, reps and hold seconds go from 1 to this. */
    public static final int MAX_DOSE = 1000;

    /** The return-to-run table's weeks go from 1 to this. */
    public static final int MAX_WEEK = 52;

    private TextLimits() {
    }

}
