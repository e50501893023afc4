package app.kneetriage.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import app.kneetriage.rules.ProgrammeState.Reason;
import app.kneetriage.rules.ProgrammeState.Status;

/**
 * A replay of {@link ReturnToRunProgress} under way: the week, its runs so far and the
 * weeks behind, and the decisions as they are made.
 */
final class ReturnToRunWalk {

    private final PainMonitoringRule rule;

    private final int baselinePain;

    private final List<ReturnStep> table;

    final List<ReturnToRunProgress.Step> steps = new ArrayList<>();

    /** every run of the week under way, counted or not: all count against the rule */
    private final List<RunSession> thisWeek = new ArrayList<>();

    /** the runs that count towards completing the week */
    final List<RunSession> counted = new ArrayList<>();

    /** the worst pain of each week completed so far, oldest first */
    private final List<Integer> weeklyWorst = new ArrayList<>();

    int week;

    ProgrammeState state;

    ReturnToRunWalk(PainMonitoringRule rule, int baselinePain, List<ReturnStep> table, int startWeek) {
        this.rule = rule;
        this.baselinePain = baselinePain;
        this.table = table;
        this.week = startWeek;
        this.state = new ProgrammeState(week, Status.ON_TRACK, Reason.of("STARTED", week), 0, needed());
    }

    int needed() {
        return row(week).sessionsOr(rule);
    }

    private ReturnStep row(int number) {
        return table.get(Math.min(number, table.size()) - 1);
    }

    /**
     * Whether the week has its runs, its days (counting a run on {@code date}) and every
     * next-morning pain, so it can be decided before anything dated then.
     */
    boolean weekOver(LocalDate date) {
        return counted.size() >= needed() && daysPassed(date) && unknownMornings() == 0;
    }

    private boolean daysPassed(LocalDate date) {
        return rule.minDaysPerWeek() == 0 || !date.isBefore(counted.get(0).date().plusDays(rule.minDaysPerWeek()));
    }

    private long unknownMornings() {
        return thisWeek.stream().filter(s -> s.painNextMorning() == null).count();
    }

    void take(RunSession session) {
        thisWeek.add(session);
        int backTo = Math.max(1, week - 1);
        Reason broken = brokenRule(session, backTo);
        if (broken != null) {
            stepBack(backTo, broken);
            return;
        }
        Reason notCounted = notCounted(session);
        if (notCounted == null) {
            counted.add(session);
        }
        if (counted.size() < needed()) {
            state = progress(notCounted != null ? notCounted : Reason.of("KEEP_GOING", counted.size(), needed()));
        }
        else if (!daysPassed(session.date())) {
            state = progress(notCounted != null ? notCounted : Reason.of("WEEK_NOT_OVER", counted.size(),
                    counted.get(0).date().plusDays(rule.minDaysPerWeek())));
        }
        else if (unknownMornings() > 0) {
            state = progress(Reason.of("AWAITING_MORNING", unknownMornings()));
        }
        else {
            closeWeek();
        }
    }

    private ProgrammeState progress(Reason reason) {
        return new ProgrammeState(week, Status.ON_TRACK, reason, counted.size(), needed());
    }

    /** Why a run does not count towards the week, or null when it does. */
    private Reason notCounted(RunSession session) {
        if (rule.oneRunPerDay() && counted.stream().anyMatch(s -> s.date().equals(session.date()))) {
            return Reason.of("SAME_DAY", counted.size(), needed());
        }
        // Against the planned session's minutes, as the contract's own example reads
        // ("45 minutes of running where week 1 plans 24": 16 walking + 8 running).
        ReturnStep step = row(week);
        Integer planned = step.hasPlannedSession() ? step.walkMinutes() + step.runMinutes() : null;
        if (rule.overrunPercent() > 0 && planned != null && planned > 0 && session.runMinutes() != null
                && session.runMinutes() * 100 > planned * rule.overrunPercent()) {
            return Reason.of("OVERRUN", session.runMinutes(), week, planned);
        }
        return null;
    }

    /** Why a session broke the rule, naming the week it steps back to; null if kept. */
    private Reason brokenRule(RunSession session, int backTo) {
        if (session.painDuring() > rule.maxPainDuring()) {
            return Reason.of("PAIN_DURING", session.painDuring(), rule.maxPainDuring(), backTo);
        }
        if (session.painAfter() != null && session.painAfter() > rule.maxPainAfter()) {
            return Reason.of("PAIN_AFTER", session.painAfter(), rule.maxPainAfter(), backTo);
        }
        Integer morning = session.painNextMorning();
        if (morning != null && morning > rule.settledMorningPain() && morning > baselinePain) {
            return Reason.of("MORNING_PAIN", morning, rule.settledMorningPain(), baselinePain, backTo);
        }
        return null;
    }

    /** Decides a complete week: up, or back when its pain rose too far or crept. */
    void closeWeek() {
        int worst = thisWeek.stream().mapToInt(RunSession::worstPain).max().orElse(0);
        Integer previous = weeklyWorst.isEmpty() ? null : weeklyWorst.get(weeklyWorst.size() - 1);
        int back = Math.max(1, week - 1);
        if (previous != null && worst >= previous + rule.weeklyRiseToStepBack()) {
            stepBack(back, Reason.of("WEEKLY_RISE", worst, previous, back));
        }
        else if (crept(worst)) {
            stepBack(back, Reason.of("CREEP", worst, rule.creepWeeks(), back));
        }
        else if (week < table.size()) {
            week++;
            state = new ProgrammeState(week, Status.MOVED_UP, Reason.of("MOVED_UP", week), 0, needed());
        }
        else {
            state = new ProgrammeState(week, Status.ON_TRACK, Reason.of("LAST_WEEK", week), 0, needed());
        }
        weeklyWorst.add(worst);
        thisWeek.clear();
        counted.clear();
    }

    /** Whether the worst pain rose in each of the last weeks the rule names. */
    private boolean crept(int worst) {
        int weeks = rule.creepWeeks();
        if (weeks == 0 || weeklyWorst.size() < weeks) {
            return false;
        }
        List<Integer> lately = new ArrayList<>(weeklyWorst.subList(weeklyWorst.size() - weeks, weeklyWorst.size()));
        lately.add(worst);
        for (int i = 1; i < lately.size(); i++) {
            if (lately.get(i) <= lately.get(i - 1)) {
                return false;
            }
        }
        return true;
    }

    private void stepBack(int to, Reason reason) {
        week = to;
        thisWeek.clear();
        counted.clear();
        state = new ProgrammeState(week, Status.STEPPED_BACK, reason, 0, needed());
    }

}
