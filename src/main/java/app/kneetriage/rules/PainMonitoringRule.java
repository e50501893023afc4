package app.kneetriage.rules;

/**
 * The pain-monitoring rule of the return to running (triage contract v2 and v3, after
 * Thomeé 1997 and Silbernagel 2007), as data an admin can change. The defaults that make
 * a part do nothing ({@link #DEFAULT}) are how content made before version 3 behaves, so
 * a programme replayed with its own version's rule keeps its history.
 *
 * @param maxPainDuring the highest pain during a run, 0 to 10, that still keeps the rule
 * (contract: 5)
 * @param settledMorningPain the next-morning pain, 0 to 10, that counts as settled
 * whatever the baseline (contract: 2); pain no higher than the baseline counts as settled
 * too
 * @param weeklyRiseToStepBack how many points a week's highest pain may rise over the
 * previous week's before the runner steps back (2)
 * @param sessionsPerWeek how many sessions complete a week when its row says nothing (3)
 * @param maxBaselinePain the highest pain at rest with which a programme may start (v3:
 * 2; 10: any)
 * @param maxPainAfter the highest pain within an hour after a run that keeps the rule
 * (v3: 5; 10: not checked)
 * @param oneRunPerDay whether only the first run of a calendar day counts towards a week
 * (v3: yes); later runs that day still count against the rule
 * @param minDaysPerWeek the fewest days from a week's first counted run before the week
 * can be complete (v3: 7; 0: no minimum)
 * @param creepWeeks step back when the weekly highest pain has risen in each of this many
 * weeks in a row, by however little (v3: 2; 0: off)
 * @param overrunPercent a run with more minutes of running than this percentage of the
 * week's planned session (walking and running) does not count towards moving up (v3: 150;
 * 0: off)
 * @param reduceStartWeek the week a runner who may keep running at a reduced volume
 * starts at (v3: 3, the first week of continuous easy running; 1: everyone starts at week
 * 1)
 */
public record PainMonitoringRule(int maxPainDuring, int settledMorningPain, int weeklyRiseToStepBack,
        int sessionsPerWeek, int maxBaselinePain, int maxPainAfter, boolean oneRunPerDay, int minDaysPerWeek,
        int creepWeeks, int overrunPercent, int reduceStartWeek) {

    /** The contract's version 2 rule, with every version 3 part turned off. */
    public static final PainMonitoringRule DEFAULT = new PainMonitoringRule(5, 2, 2, 3);

    /** The contract's version 3 defaults. */
    public static final PainMonitoringRule VERSION_3 = new PainMonitoringRule(5, 2, 2, 3, 2, 5, true, 7, 2, 150, 3);

    public static final int MAX_CREEP_WEEKS = 10;

    public static final int MAX_DAYS_PER_WEEK = 14;

    public static final int MAX_OVERRUN_PERCENT = 1000;

    public PainMonitoringRule {
        checkPain(maxPainDuring, "the highest pain during a run");
        checkPain(settledMorningPain, "the settled next-morning pain");
        checkPain(maxBaselinePain, "the highest pain at rest to start");
        checkPain(maxPainAfter, "the highest pain after a run");
        if (weeklyRiseToStepBack < 1 || weeklyRiseToStepBack > AnswerLimits.MAX_PAIN_SCORE) {
            throw new InvalidRuleException("the weekly rise that steps back must be from 1 to 10");
        }
        if (sessionsPerWeek < 1 || sessionsPerWeek > Exercise.MAX_TIMES_PER_WEEK) {
            throw new InvalidRuleException("sessions a week must be from 1 to " + Exercise.MAX_TIMES_PER_WEEK);
        }
        if (minDaysPerWeek < 0 || minDaysPerWeek > MAX_DAYS_PER_WEEK) {
            throw new InvalidRuleException("the shortest week must be from 0 to " + MAX_DAYS_PER_WEEK + " days");
        }
        if (creepWeeks < 0 || creepWeeks > MAX_CREEP_WEEKS) {
            throw new InvalidRuleException("the weeks of creeping pain must be from 0 (off) to " + MAX_CREEP_WEEKS);
        }
        if (overrunPercent != 0 && (overrunPercent < 100 || overrunPercent > MAX_OVERRUN_PERCENT)) {
            throw new InvalidRuleException(
                    "a run's longest share of the plan must be from 100 to " + MAX_OVERRUN_PERCENT + " %, or 0 (off)");
        }
        if (reduceStartWeek < 1 || reduceStartWeek > TextLimits.MAX_WEEK) {
            throw new InvalidRuleException("the starting week must be from 1 to " + TextLimits.MAX_WEEK);
        }
    }

    /** The version 2 rule: only its four parts, every later part off. */
    public PainMonitoringRule(int maxPainDuring, int settledMorningPain, int weeklyRiseToStepBack,
            int sessionsPerWeek) {
        this(maxPainDuring, settledMorningPain, weeklyRiseToStepBack, sessionsPerWeek, AnswerLimits.MAX_PAIN_SCORE,
                AnswerLimits.MAX_PAIN_SCORE, false, 0, 0, 0, 1);
    }

    private static void checkPain(int pain, String what) {
        if (pain < 0 || pain > AnswerLimits.MAX_PAIN_SCORE) {
            throw new InvalidRuleException(what + " must be from 0 to 10");
        }
    }

}
