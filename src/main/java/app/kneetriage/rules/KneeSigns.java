package app.kneetriage.rules;

/**
 * The knee questions of contract version 3, asked as one short yes/no group. A
 * {@code null} answer means "not answered", which matches no condition except "not
 * answered".
 *
 * @param boneSpot pressing one coin-sized spot on the bone with a fingertip hurts
 * @param hopPain hopping on that leg hurts, or the runner avoids it because it would
 * @param limp walking with a limp since it started
 * @param swellingAfterRuns the knee looks puffy or feels tight with fluid after runs
 * @param catching the knee clicks or catches, but can always be straightened
 * @param kneeSurgery an operation on this knee at any time
 */
public record KneeSigns(Boolean boneSpot, Boolean hopPain, Boolean limp, Boolean swellingAfterRuns, Boolean catching,
        Boolean kneeSurgery) {

    public static final KneeSigns NOT_ANSWERED = new KneeSigns(null, null, null, null, null, null);

}
