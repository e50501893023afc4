package app.kneetriage.rules;

/**
 * An exercise of the plan. Sets, reps and hold are {@code null} where the sources give no
 * number.
 *
 * @param aim what the exercise is for, used to group the plan ("Hip strength")
 * @param howTo one or two lines on how to do it
 * @param perSide whether sets and reps are for each leg or side
 * @param caution what to watch out for, or {@code null}
 */
public record Exercise(String code, String name, String aim, String howTo, Integer sets, Integer reps,
        Integer holdSeconds, boolean perSide, String caution) {

    public Exercise {
        code = Codes.check(code, "an exercise code");
        name = Texts.required(name, "an exercise name", TextLimits.NAME);
        aim = Texts.required(aim, "an exercise aim", TextLimits.AIM);
        howTo = Texts.required(howTo, "how to do an exercise", TextLimits.HOW_TO);
        caution = Texts.optional(caution, "a caution", TextLimits.CAUTION);
        checkPositive(sets, "sets");
        checkPositive(reps, "reps");
        checkPositive(holdSeconds, "hold seconds");
    }

    private static void checkPositive(Integer value, String what) {
        if (value != null && (value < 1 || value > TextLimits.MAX_DOSE)) {
            throw new InvalidRuleException(what + " must be from 1 to " + TextLimits.MAX_DOSE + " when given");
        }
    }
}
