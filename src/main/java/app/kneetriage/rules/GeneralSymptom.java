package app.kneetriage.rules;

/**
 * Signs of illness beyond the knee, which need a doctor within a few days whatever the
 * knee pain looks like.
 */
public enum GeneralSymptom {

    UNEXPLAINED_WEIGHT_LOSS,

    /** night sweats, or feeling feverish and unwell */
    NIGHT_SWEATS,

    /** a past or current cancer */
    CANCER_HISTORY,

    /** night pain that no position eases */
    NIGHT_PAIN_UNRELIEVED

}
