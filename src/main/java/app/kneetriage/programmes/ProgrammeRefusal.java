package app.kneetriage.programmes;

/**
 * Why a return to running cannot start or go on. The message keys that explain each
 * reason, on the page and in a problem document, are mapped here and nowhere else.
 */
public enum ProgrammeRefusal {

    /** The result says not to run, or has no return-to-run table. */
    RESULT_SAYS_STOP,

    /** The result already has one. */
    ALREADY_STARTED,

    /** None was started for the result. */
    NOT_STARTED,

    /** The session named does not exist. */
    NO_SUCH_SESSION,

    /** A new warning sign stopped it: nothing more can be logged or planned. */
    STOPPED,

    /** None of the runner's weekdays falls in the two weeks a calendar plans. */
    NO_PLANNED_DAYS,

    /** The pain at rest is above the rule's limit for starting. */
    BASELINE_TOO_HIGH("baselinePain"),

    /** The next-morning pain of a run dated today or later. */
    MORNING_TOO_EARLY("painNextMorning"),

    /** A function rating for a programme started without activities to rate. */
    NO_ACTIVITIES,

    /** A function rating with a score count other than the activities'. */
    SCORES_DO_NOT_MATCH("scores");

    private final String field;

    ProgrammeRefusal() {
        this(null);
    }

    ProgrammeRefusal(String field) {
        this.field = field;
    }

    /** The answer that stands in the way, or {@code null}. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return switch (this) {
            case RESULT_SAYS_STOP -> "programme.refused.stop";
            case ALREADY_STARTED -> "programme.refused.exists";
            case NOT_STARTED -> "programme.refused.none";
            case NO_SUCH_SESSION -> "programme.refused.noSession";
            case STOPPED -> "programme.refused.stopped";
            case NO_PLANNED_DAYS -> "programme.noDays";
            case BASELINE_TOO_HIGH -> "programme.baseline.tooHigh";
            case MORNING_TOO_EARLY -> "programme.morning.tooEarly";
            case NO_ACTIVITIES -> "programme.psfs.none";
            case SCORES_DO_NOT_MATCH -> "programme.psfs.scoreCount";
        };
    }

}
