package app.kneetriage.rules;

/** Where the knee hurts most. */
public enum Location {

    FRONT, OUTER, INNER, BACK, DEEP,

    /** the band just below the kneecap: the tendon and where it joins the shin */
    BELOW_KNEECAP,

    /** the shin bone itself, a hand's width or more below the kneecap */
    UPPER_SHIN

}
