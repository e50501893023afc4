package app.kneetriage.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import app.kneetriage.rules.ProgrammeState.Reason;
import app.kneetriage.rules.ProgrammeState.Status;

/**
 * Replays a runner's logged sessions through the pain-monitoring rule and says which week
 * of the return-to-run table they are in. Pure and repeatable: the same sessions, rule
 * and day always give the same answer, so adding the next-morning pain to a session later
 * simply replays everything.
 *
 * <ul>
 * <li>A session keeps the rule when the pain during it and within an hour after it are at
 * most their limits and the next morning's pain settles: at most the settled limit, or no
 * higher than the baseline.</li>
 * <li>A session that breaks the rule steps back one week at once, never below week
 * 1.</li>
 * <li>With one run a day, only a day's first run counts towards the week; a run longer
 * than the rule's share of the week's planned running does not count either. Both still
 * count against the rule.</li>
 * <li>A week is complete after its number of counted runs, at least the rule's number of
 * days after its first counted run (checked at the next run, or on {@code today}), once
 * every next-morning pain is known. When every session kept the rule, the runner moves
 * up, unless the week's worst pain rose too far over the previous week's, or rose in each
 * of the last weeks the rule names (pain must not creep up): then they step back.</li>
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
        return replay(rule, baselinePain, table, sessions, 1, null).state();
    }

    /**
     * Like {@link #evaluate}, with the weeks' own numbers of runs, keeping the week each
     * session was run in, for a chart.
     * @param table the return-to-run table; a row without its number of runs takes the
     * rule's
     * @param startWeek the week the programme started at (clamped to the table)
     * @param today the day the replay is read on, which can end a week whose days have
     * passed; {@code null}: only the sessions decide
     */
    public static Replay replay(PainMonitoringRule rule, int baselinePain, List<ReturnStep> table,
            List<RunSession> sessions, int startWeek, LocalDate today) {
        if (table.isEmpty()) {
            throw new IllegalArgumentException("a return to running needs at least one week");
        }
        List<RunSession> byDate = new ArrayList<>(sessions);
        byDate.sort(Comparator.comparing(RunSession::date));
        ReturnToRunWalk walk = new ReturnToRunWalk(rule, baselinePain, table,
                Math.max(1, Math.min(startWeek, table.size())));
        for (RunSession session : byDate) {
            if (walk.weekOver(session.date())) {
                walk.closeWeek();
            }
            walk.steps.add(new Step(session, walk.week));
            if (!session.newWarningSigns().isEmpty()) {
                String signs = session.newWarningSigns()
                    .stream()
                    .map(Enum::name)
                    .sorted()
                    .collect(Collectors.joining(","));
                return new Replay(new ProgrammeState(walk.week, Status.STOPPED, Reason.of("WARNING_SIGN", signs),
                        walk.counted.size(), walk.needed()), walk.steps);
            }
            walk.take(session);
        }
        if (today != null && walk.weekOver(today)) {
            walk.closeWeek();
        }
        else if (today != null && walk.state.status() == Status.ON_TRACK && !byDate.isEmpty()
                && byDate.get(byDate.size() - 1).painNextMorning() == null
                && !byDate.get(byDate.size() - 1).date().isBefore(today)) {
            // the next-morning pain is asked from the next day on: until then the run's
            // decision waits for it
            walk.state = new ProgrammeState(walk.week, Status.ON_TRACK,
                    Reason.of("AWAITING_TOMORROW", walk.counted.size(), walk.needed()), walk.counted.size(),
                    walk.needed());
        }
        return new Replay(walk.state, walk.steps);
    }

}
