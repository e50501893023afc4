package app.kneetriage.rules;

/** When the knee hurts. */
public enum Timing {

    DURING_RUN_BUILDS, AFTER_RUN, AFTER_SITTING, DOWNSTAIRS, SQUATTING, STRAIGHTENING, AT_REST,

    /** hurts at the start of a run, eases as it warms up, and is worse afterwards */
    WARMS_UP,

    /** jumping, hopping, running uphill or climbing stairs */
    JUMPING_OR_UPHILL

}
