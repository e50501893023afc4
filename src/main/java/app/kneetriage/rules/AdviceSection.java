package app.kneetriage.rules;

/** The parts of a plan's advice, in the order a runner reads them. */
public enum AdviceSection {

    /**
     * what to do now when the answers are urgent; the only advice an urgent result shows
     */
    URGENT_NOW,
    /** the first 24 to 48 hours */
    FIRST_DAYS,
    /** what to change for the likely causes */
    MANAGEMENT,
    /** what to avoid while it hurts */
    WHILE_PAIN,
    /** shoes, cadence, road camber, one-sided pain */
    CONTRIBUTING,
    /** how to use the return-to-run table, including the step-back rule */
    RETURN_TO_RUN,
    /** when to see a physiotherapist or sports doctor */
    SEE_PROFESSIONAL

}
