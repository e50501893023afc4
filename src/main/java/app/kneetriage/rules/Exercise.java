package app.kneetriage.rules;

/**
 * An exercise of the plan. Sets, reps and hold are {@code null} where the sources give no
 * number.
 *
 * @param aim what the exercise is for, used to group the plan ("Hip strength")
 * @param howTo one or two lines on how to do it
 * @param perSide whether sets and reps are for each leg or side
 * @param caution what to watch out for, or {@code null}
 * @param timesPerWeek how many days a week, 1 to 14 (twice a day at most)
 * @param progression how to make it harder once it is easy, or {@code null}
 * @param picture how it is done, drawn or photographed, or {@code null}
 * @param kind isometric, strength, stretch, mobility or balance; {@code null} in content
 * made before version 3
 * @param loadsKnee impact, or a deep knee bend under load
 */
public record Exercise(String code, String name, String aim, String howTo, Integer sets, Integer reps,
        Integer holdSeconds, boolean perSide, String caution, Integer timesPerWeek, String progression,
        ExercisePicture picture, ExerciseKind kind, boolean loadsKnee) {

    /** Most sessions a week an exercise may ask for: twice a day. */
    public static final int MAX_TIMES_PER_WEEK = 14;

    public Exercise {
        code = Codes.check(code, "an exercise code");
        name = Texts.required(name, "an exercise name", TextLimits.NAME);
        aim = Texts.required(aim, "an exercise aim", TextLimits.AIM);
        howTo = Texts.required(howTo, "how to do an exercise", TextLimits.HOW_TO);
        caution = Texts.optional(caution, "a caution", TextLimits.CAUTION);
        checkPositive(sets, "sets");
        checkPositive(reps, "reps");
        checkPositive(holdSeconds, "hold seconds");
        if (timesPerWeek != null && (timesPerWeek < 1 || timesPerWeek > MAX_TIMES_PER_WEEK)) {
            throw new InvalidRuleException("times a week must be from 1 to " + MAX_TIMES_PER_WEEK + " when given");
        }
        progression = Texts.optional(progression, "a progression", TextLimits.PROGRESSION);
    }

    /**
     * An exercise as content before version 3 knew it: no kind, not marked as loading the
     * knee.
     */
    public Exercise(String code, String name, String aim, String howTo, Integer sets, Integer reps, Integer holdSeconds,
            boolean perSide, String caution, Integer timesPerWeek, String progression, ExercisePicture picture) {
        this(code, name, aim, howTo, sets, reps, holdSeconds, perSide, caution, timesPerWeek, progression, picture,
                null, false);
    }

    /** Whether the dose is complete: sets, reps or a hold, and how often a week. */
    public boolean fullyDosed() {
        return sets != null && (reps != null || holdSeconds != null) && timesPerWeek != null;
    }

    private static void checkPositive(Integer value, String what) {
        if (value != null && (value < 1 || value > TextLimits.MAX_DOSE)) {
            throw new InvalidRuleException(what + " must be from 1 to " + TextLimits.MAX_DOSE + " when given");
        }
    }
}
