package app.kneetriage.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import app.kneetriage.rules.ProgrammeState.Reason;
import app.kneetriage.rules.ProgrammeState.Status;

/**
 * Replays a runner's logged sessions through the pain-monitoring rule and says which week
 * of the return-to-run table they are in. Pure and repeatable: the same sessions always
 * give the same answer, so adding the next-morning pain to a session later simply replays
 * everything.
 *
 * <ul>
 * <li>A session keeps the rule when the pain during it is at most the limit and the next
 * morning's pain settles: at most the settled limit, or no higher than the baseline.</li>
 * <li>A session that breaks the rule steps back one week at once, never below week
 * 1.</li>
 * <li>A week is complete after its number of sessions. When every one kept the rule, the
 * runner moves up, unless the week's highest pain during rose too far over the previous
 * week's: then they step back.</li>
 * <li>A new warning sign stops the programme.</li>
 * </ul>
 */
public final class ReturnToRunProgress {

    private ReturnToRunProgress() {
    }

    /**
     * A session as replayed: the week of the table it was run in.
     */
    public record Step(RunSession session, int week) {
    }

    /**
     * Where the runner stands after the sessions, and the sessions in the order replayed.
     */
    public record Replay(ProgrammeState state, List<Step> steps) {

        public Replay {
            steps = List.copyOf(steps);
        }

    }

    /**
     * @param baselinePain the pain at rest when the programme started, 0 to 10
     * @param weeks how many weeks the return-to-run table has; the last one repeats
     * @param sessions in any order; replayed by date, same dates in the order given
     */
    public static ProgrammeState evaluate(PainMonitoringRule rule, int baselinePain, int weeks,
            List<RunSession> sessions) {
        List<ReturnStep> table = new ArrayList<>();
        for (int week = 1; week <= weeks; week++) {
            table.add(new ReturnStep(week, "Week " + week));
        }
        return replay(rule, baselinePain, table, sessions).state();
    }

    /**
     * Like {@link #evaluate}, with the weeks' own numbers of runs, keeping the week each
     * session was run in, for a chart.
     * @param table the return-to-run table; a row without its number of runs takes the
     * rule's
     */
    public static Replay replay(PainMonitoringRule rule, int baselinePain, List<ReturnStep> table,
            List<RunSession> sessions) {
        if (table.isEmpty()) {
            throw new IllegalArgumentException("a return to running needs at least one week");
        }
        int weeks = table.size();
        List<RunSession> byDate = new ArrayList<>(sessions);
        byDate.sort(Comparator.comparing(RunSession::date));
        int week = 1;
        int needed = sessionsIn(table, rule, week);
        Integer previousWeekHighest = null;
        List<RunSession> thisWeek = new ArrayList<>();
        ProgrammeState state = new ProgrammeState(1, Status.ON_TRACK, Reason.of("STARTED", 1), 0, needed);
        List<Step> steps = new ArrayList<>();
        for (RunSession session : byDate) {
            needed = sessionsIn(table, rule, week);
            steps.add(new Step(session, week));
            if (!session.newWarningSigns().isEmpty()) {
                String signs = session.newWarningSigns()
                    .stream()
                    .map(Enum::name)
                    .sorted()
                    .collect(Collectors.joining(","));
                return new Replay(new ProgrammeState(week, Status.STOPPED, Reason.of("WARNING_SIGN", signs),
                        thisWeek.size(), needed), steps);
            }
            thisWeek.add(session);
            Reason broken = brokenRule(rule, baselinePain, session, Math.max(1, week - 1));
            if (broken != null) {
                week = Math.max(1, week - 1);
                thisWeek.clear();
                state = new ProgrammeState(week, Status.STEPPED_BACK, broken, 0, sessionsIn(table, rule, week));
                continue;
            }
            if (thisWeek.size() < needed) {
                state = new ProgrammeState(week, Status.ON_TRACK, Reason.of("KEEP_GOING", thisWeek.size(), needed),
                        thisWeek.size(), needed);
                continue;
            }
            long unknownMornings = thisWeek.stream().filter(s -> s.painNextMorning() == null).count();
            if (unknownMornings > 0) {
                state = new ProgrammeState(week, Status.ON_TRACK, Reason.of("AWAITING_MORNING", unknownMornings),
                        thisWeek.size(), needed);
                continue;
            }
            int highest = thisWeek.stream().mapToInt(RunSession::painDuring).max().orElse(0);
            if (previousWeekHighest != null && highest >= previousWeekHighest + rule.weeklyRiseToStepBack()) {
                int back = Math.max(1, week - 1);
                state = new ProgrammeState(back, Status.STEPPED_BACK,
                        Reason.of("WEEKLY_RISE", highest, previousWeekHighest, back), 0, sessionsIn(table, rule, back));
                week = back;
            }
            else if (week < weeks) {
                week++;
                state = new ProgrammeState(week, Status.MOVED_UP, Reason.of("MOVED_UP", week), 0,
                        sessionsIn(table, rule, week));
            }
            else {
                state = new ProgrammeState(week, Status.ON_TRACK, Reason.of("LAST_WEEK", week), 0, needed);
            }
            previousWeekHighest = highest;
            thisWeek.clear();
        }
        return new Replay(state, steps);
    }

    /** The runs that complete {@code week}; weeks past the table repeat its last row. */
    private static int sessionsIn(List<ReturnStep> table, PainMonitoringRule rule, int week) {
        return table.get(Math.min(week, table.size()) - 1).sessionsOr(rule);
    }

    /**
     * Why a session broke the rule, naming the week it steps back to; null if it kept it.
     */
    private static Reason brokenRule(PainMonitoringRule rule, int baselinePain, RunSession session, int backTo) {
        if (session.painDuring() > rule.maxPainDuring()) {
            return Reason.of("PAIN_DURING", session.painDuring(), rule.maxPainDuring(), backTo);
        }
        Integer morning = session.painNextMorning();
        if (morning != null && morning > rule.settledMorningPain() && morning > baselinePain) {
            return Reason.of("MORNING_PAIN", morning, rule.settledMorningPain(), baselinePain, backTo);
        }
        return null;
    }

}
