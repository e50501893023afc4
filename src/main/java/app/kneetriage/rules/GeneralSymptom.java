package app.kneetriage.rules;

/**
 * Signs of illness beyond the knee, which need a doctor within a few days whatever the
 * knee pain looks like.
 */
public enum GeneralSymptom {

    UNEXPLAINED_WEIGHT_LOSS,

    /**
     * drenching night sweats (contract v3 narrows it: a fever is the warning sign
     * {@link RedFlag#HOT_RED_FEVER})
     */
    NIGHT_SWEATS,

    /** a past or current cancer */
    CANCER_HISTORY,

    /** night pain that no position eases */
    NIGHT_PAIN_UNRELIEVED,

    /** other joints are swollen or painful too */
    OTHER_JOINTS_SWOLLEN,

    /** joints stay stiff for more than an hour after getting up */
    LONG_MORNING_STIFFNESS

}
