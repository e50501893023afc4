package app.kneetriage.programmes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The Patient-Specific Functional Scale (PSFS) over a return to running: up to three
 * activities the knee makes hard, each rated 0 (cannot do it) to 10 (as before the
 * problem) at the start and about once a week after. The score is the mean of the
 * ratings; a rise or fall of the mean by 2 points or more is a change the runner can feel
 * (Stratford et al. 1995; Horn et al. 2012).
 *
 * @param activities the activities in the runner's words
 * @param ratings by date, the first given at the start; never empty
 */
public record PsfsProgress(List<String> activities, List<ProgrammeData.FunctionRating> ratings) {

    public static final int MAX_ACTIVITIES = 3;

    public static final int MAX_NAME_LENGTH = 60;

    public static final int MAX_SCORE = 10;

    /** The smallest change of the mean that counts as real. */
    public static final int REAL_CHANGE = 2;

    /** How many days after a rating the next one is asked for. */
    static final int DAYS_BETWEEN_RATINGS = 7;

    public PsfsProgress {
        activities = List.copyOf(activities);
        ratings = List.copyOf(ratings);
    }

    /** An activity named at the start with how well it goes today. */
    public record Activity(String name, int score) {
    }

    /** How the mean moved from the start to the latest rating. */
    public enum Verdict {

        /** Only the start's rating so far. */
        FIRST,

        /** Up by {@link #REAL_CHANGE} or more. */
        BETTER,

        /** Down by {@link #REAL_CHANGE} or more. */
        WORSE,

        /** Less than {@link #REAL_CHANGE} either way. */
        NO_REAL_CHANGE

    }

    /** Nothing for a programme started without activities (or before they were asked). */
    static Optional<PsfsProgress> of(ProgrammeData data) {
        return data.activities().isEmpty() || data.ratings().isEmpty() ? Optional.empty()
                : Optional.of(new PsfsProgress(data.activities(), data.ratings()));
    }

    public ProgrammeData.FunctionRating start() {
        return ratings.get(0);
    }

    public ProgrammeData.FunctionRating latest() {
        return ratings.get(ratings.size() - 1);
    }

    public double startAverage() {
        return start().average();
    }

    public double nowAverage() {
        return latest().average();
    }

    public Verdict verdict() {
        if (ratings.size() < 2) {
            return Verdict.FIRST;
        }
        // Compared as sums over the same activities, so 2 points of the mean is exact.
        int change = sum(latest()) - sum(start());
        int real = REAL_CHANGE * activities.size();
        return change >= real ? Verdict.BETTER : change <= -real ? Verdict.WORSE : Verdict.NO_REAL_CHANGE;
    }

    /**
     * The runner's latest answer to "compared with when you started"; {@code null} if
     * none yet.
     */
    public GlobalChange latestChange() {
        for (int i = ratings.size() - 1; i >= 0; i--) {
            if (ratings.get(i).globalChange() != null) {
                return ratings.get(i).globalChange();
            }
        }
        return null;
    }

    /**
     * Whether the weekly rating is asked for: once the tracker's week has changed since
     * the latest rating, or 7 days after it, and never twice on one day.
     */
    public boolean due(LocalDate today, int week) {
        LocalDate last = latest().date();
        return today.isAfter(last) && (week != latest().week() || !today.isBefore(last.plusDays(DAYS_BETWEEN_RATINGS)));
    }

    private static int sum(ProgrammeData.FunctionRating rating) {
        return rating.scores().stream().mapToInt(Integer::intValue).sum();
    }

}
