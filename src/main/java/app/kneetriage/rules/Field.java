package app.kneetriage.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The answers a condition can test. Each field has a key (the contract's JSON path), a
 * kind that decides which operators apply, and for choice fields the values it can take.
 */
public enum Field {

    LOCATION("location", Kind.CHOICE, Location.class, Answers::location),
    SIDE("side", Kind.CHOICE, Side.class, Answers::side),
    CHARACTER("character", Kind.CHOICE, PainCharacter.class, Answers::character),
    ONSET("onset", Kind.CHOICE, Onset.class, Answers::onset),
    TIMING("timing", Kind.CHOICES, Timing.class, Answers::timing),
    RED_FLAGS("redFlags", Kind.CHOICES, RedFlag.class, Answers::redFlags),
    PAIN_SCORE("painScore", Kind.NUMBER, null, Answers::painScore),
    DURATION_DAYS("durationDays", Kind.NUMBER, null, Answers::durationDays),
    PREVIOUS_EPISODES("previousEpisodes", Kind.FLAG, null, Answers::previousEpisodes),
    DAILY_ACTIVITIES_AFFECTED("dailyActivitiesAffected", Kind.FLAG, null, Answers::dailyActivitiesAffected),
    WEEKLY_DISTANCE_CHANGE_PERCENT("training.weeklyDistanceChangePercent", Kind.NUMBER, null,
            a -> a.training().weeklyDistanceChangePercent()),
    ADDED_SPEED_AND_HILLS("training.addedSpeedAndHills", Kind.FLAG, null, a -> a.training().addedSpeedAndHills()),
    NEW_OR_RETURNING("training.newOrReturning", Kind.FLAG, null, a -> a.training().newOrReturning()),
    SHOE_DISTANCE_KM("training.shoeDistanceKm", Kind.NUMBER, null, a -> a.training().shoeDistanceKm()),
    CADENCE_SPM("training.cadenceSpm", Kind.NUMBER, null, a -> a.training().cadenceSpm()),
    RUNS_ON_CAMBERED_ROADS("training.runsOnCamberedRoads", Kind.FLAG, null, a -> a.training().runsOnCamberedRoads()),
    REST_DAYS_PER_WEEK("training.restDaysPerWeek", Kind.NUMBER, null, a -> a.training().restDaysPerWeek()),
    AGE("age", Kind.NUMBER, null, Answers::age), INJURY_EVENT("injuryEvent", Kind.FLAG, null, Answers::injuryEvent),
    POP_AT_INJURY("popAtInjury", Kind.FLAG, null, Answers::popAtInjury),
    CANNOT_BEND_KNEE("cannotBendKnee", Kind.FLAG, null, Answers::cannotBendKnee),
    GENERAL_SYMPTOMS("generalSymptoms", Kind.CHOICES, GeneralSymptom.class, Answers::generalSymptoms);

    /** How a field's value is shaped, which decides the operators that apply to it. */
    public enum Kind {

        /** one enum constant */
        CHOICE,
        /** a set of enum constants */
        CHOICES,
        /** an integer, possibly not answered */
        NUMBER,
        /** a yes/no answer, possibly not answered */
        FLAG

    }

    private final String key;

    private final Kind kind;

    private final Class<? extends Enum<?>> choices;

    private final Function<Answers, Object> accessor;

    Field(String key, Kind kind, Class<? extends Enum<?>> choices, Function<Answers, Object> accessor) {
        this.key = key;
        this.kind = kind;
        this.choices = choices;
        this.accessor = accessor;
    }

    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    /** The constant names a choice field can take; empty for numbers and flags. */
    public List<String> allowedValues() {
        if (choices == null) {
            return List.of();
        }
        return Arrays.stream(choices.getEnumConstants()).map(Enum::name).toList();
    }

    /**
     * The answer for this field, or {@code null} when an optional answer was not given.
     */
    Object valueOf(Answers answers) {
        return accessor.apply(answers);
    }

    public static Optional<Field> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

}
