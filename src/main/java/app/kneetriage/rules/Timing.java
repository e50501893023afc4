package app.kneetriage.rules;

/** When the knee hurts. */
public enum Timing {

    DURING_RUN_BUILDS, AFTER_RUN, AFTER_SITTING, DOWNSTAIRS, SQUATTING, STRAIGHTENING, AT_REST

}
