package app.kneetriage.rules;

/** Warning signs that need medical attention now. */
public enum RedFlag {

    CANNOT_BEAR_WEIGHT, SWELLING_OR_DEFORMITY, LOCKING, GIVING_WAY, NUMBNESS_TINGLING, WORSE_DESPITE_REST,
    HOT_RED_FEVER,

    /** the calf is painful, swollen, warm or red: a possible blood clot */
    CALF_SWELLING,

    /** numbness between the legs, or new trouble controlling bladder or bowel */
    SADDLE_NUMBNESS_OR_BLADDER

}
