package app.kneetriage.rules;

import java.util.List;

/**
 * Where a runner stands in the return to running after their logged sessions, and why.
 *
 * @param week the week of the return-to-run table to run now, from 1
 * @param status what the latest decision was
 * @param reason why, as a message code and its numbers, for the page to put into words
 * @param sessionsThisWeek sessions logged in the current week so far
 * @param sessionsNeeded sessions that complete the current week
 */
public record ProgrammeState(int week, Status status, Reason reason, int sessionsThisWeek, int sessionsNeeded) {

    public enum Status {

        ON_TRACK, MOVED_UP, STEPPED_BACK, STOPPED

    }

    /**
     * A decision's reason: {@code code} names the sentence, {@code args} fill it in.
     * Codes: {@code STARTED} (week); {@code KEEP_GOING} (done, needed);
     * {@code AWAITING_MORNING} (sessions without next-morning pain); {@code MOVED_UP}
     * (new week); {@code LAST_WEEK} (week); {@code PAIN_DURING} (pain, limit, new week);
     * {@code MORNING_PAIN} (pain, settled limit, baseline, new week); {@code WEEKLY_RISE}
     * (this week's highest, last week's highest, new week); {@code WARNING_SIGN} (the
     * signs' names).
     */
    public record Reason(String code, List<Object> args) {

        public Reason {
            args = List.copyOf(args);
        }

        static Reason of(String code, Object... args) {
            return new Reason(code, List.of(args));
        }

    }

}
