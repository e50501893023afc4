package app.kneetriage.rules;

/**
 * The pain-monitoring rule of the return to running (triage contract v2, after Thomeé
 * 1997 and Silbernagel 2007), as data an admin can change.
 *
 * @param maxPainDuring the highest pain during a run, 0 to 10, that still keeps the rule
 * (contract: 5)
 * @param settledMorningPain the next-morning pain, 0 to 10, that counts as settled
 * whatever the baseline (contract: 2); pain no higher than the baseline counts as settled
 * too
 * @param weeklyRiseToStepBack how many points a week's highest pain during may rise over
 * the previous week's before the runner steps back (2)
 * @param sessionsPerWeek how many sessions complete a week when its row says nothing (3)
 */
public record PainMonitoringRule(int maxPainDuring, int settledMorningPain, int weeklyRiseToStepBack,
        int sessionsPerWeek) {

    /** The contract's defaults. */
    public static final PainMonitoringRule DEFAULT = new PainMonitoringRule(5, 2, 2, 3);

    public PainMonitoringRule {
        checkPain(maxPainDuring, "the highest pain during a run");
        checkPain(settledMorningPain, "the settled next-morning pain");
        if (weeklyRiseToStepBack < 1 || weeklyRiseToStepBack > AnswerLimits.MAX_PAIN_SCORE) {
            throw new InvalidRuleException("the weekly rise that steps back must be from 1 to 10");
        }
        if (sessionsPerWeek < 1 || sessionsPerWeek > Exercise.MAX_TIMES_PER_WEEK) {
            throw new InvalidRuleException("sessions a week must be from 1 to " + Exercise.MAX_TIMES_PER_WEEK);
        }
    }

    private static void checkPain(int pain, String what) {
        if (pain < 0 || pain > AnswerLimits.MAX_PAIN_SCORE) {
            throw new InvalidRuleException(what + " must be from 0 to 10");
        }
    }

}
