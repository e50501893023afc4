package app.kneetriage.rules;

/** The one answer to "can I run?". */
public enum RunningAdvice {

    /** no running until the knee has been examined */
    STOP,

    /**
     * no running for now; start week 1 of the return-to-run table once daily life is
     * pain-free
     */
    PAUSE,

    /**
     * keep running at about half the usual volume, easy and flat, within the
     * pain-monitoring rule
     */
    REDUCE

}
