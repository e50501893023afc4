package app.kneetriage.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The answers a condition can test. Each field has a key (the contract's JSON path), a
 * kind that decides which operators apply, and for choice fields the values it can take.
 */
public enum Field {

    LOCATION("location", Kind.CHOICE, Location.class), SIDE("side", Kind.CHOICE, Side.class),
    CHARACTER("character", Kind.CHOICE, PainCharacter.class), ONSET("onset", Kind.CHOICE, Onset.class),
    TIMING("timing", Kind.CHOICES, Timing.class), RED_FLAGS("redFlags", Kind.CHOICES, RedFlag.class),
    PAIN_SCORE("painScore", Kind.NUMBER, null), DURATION_DAYS("durationDays", Kind.NUMBER, null),
    PREVIOUS_EPISODES("previousEpisodes", Kind.FLAG, null),
    DAILY_ACTIVITIES_AFFECTED("dailyActivitiesAffected", Kind.FLAG, null),
    WEEKLY_DISTANCE_CHANGE_PERCENT("training.weeklyDistanceChangePercent", Kind.NUMBER, null),
    ADDED_SPEED_AND_HILLS("training.addedSpeedAndHills", Kind.FLAG, null),
    NEW_OR_RETURNING("training.newOrReturning", Kind.FLAG, null),
    SHOE_DISTANCE_KM("training.shoeDistanceKm", Kind.NUMBER, null),
    CADENCE_SPM("training.cadenceSpm", Kind.NUMBER, null),
    RUNS_ON_CAMBERED_ROADS("training.runsOnCamberedRoads", Kind.FLAG, null),
    REST_DAYS_PER_WEEK("training.restDaysPerWeek", Kind.NUMBER, null), AGE("age", Kind.NUMBER, null),
    INJURY_EVENT("injuryEvent", Kind.FLAG, null), POP_AT_INJURY("popAtInjury", Kind.FLAG, null),
    CANNOT_BEND_KNEE("cannotBendKnee", Kind.FLAG, null),
    GENERAL_SYMPTOMS("generalSymptoms", Kind.CHOICES, GeneralSymptom.class), BONE_SPOT("boneSpot", Kind.FLAG, null),
    HOP_PAIN("hopPain", Kind.FLAG, null), LIMP("limp", Kind.FLAG, null),
    SWELLING_AFTER_RUNS("swellingAfterRuns", Kind.FLAG, null), CATCHING("catching", Kind.FLAG, null),
    KNEE_SURGERY("kneeSurgery", Kind.FLAG, null), BONE_HEALTH("boneHealth", Kind.CHOICES, BoneHealth.class);

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

    Field(String key, Kind kind, Class<? extends Enum<?>> choices) {
        this.key = key;
        this.kind = kind;
        this.choices = choices;
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
        // a switch, not a function per constant: it runs for every condition of every
        // check
        Training training = answers.training();
        KneeSigns knee = answers.knee();
        return switch (this) {
            case LOCATION -> answers.location();
            case SIDE -> answers.side();
            case CHARACTER -> answers.character();
            case ONSET -> answers.onset();
            case TIMING -> answers.timing();
            case RED_FLAGS -> answers.redFlags();
            case PAIN_SCORE -> answers.painScore();
            case DURATION_DAYS -> answers.durationDays();
            case PREVIOUS_EPISODES -> answers.previousEpisodes();
            case DAILY_ACTIVITIES_AFFECTED -> answers.dailyActivitiesAffected();
            case WEEKLY_DISTANCE_CHANGE_PERCENT -> training.weeklyDistanceChangePercent();
            case ADDED_SPEED_AND_HILLS -> training.addedSpeedAndHills();
            case NEW_OR_RETURNING -> training.newOrReturning();
            case SHOE_DISTANCE_KM -> training.shoeDistanceKm();
            case CADENCE_SPM -> training.cadenceSpm();
            case RUNS_ON_CAMBERED_ROADS -> training.runsOnCamberedRoads();
            case REST_DAYS_PER_WEEK -> training.restDaysPerWeek();
            case AGE -> answers.age();
            case INJURY_EVENT -> answers.injuryEvent();
            case POP_AT_INJURY -> answers.popAtInjury();
            case CANNOT_BEND_KNEE -> answers.cannotBendKnee();
            case GENERAL_SYMPTOMS -> answers.generalSymptoms();
            case BONE_SPOT -> knee.boneSpot();
            case HOP_PAIN -> knee.hopPain();
            case LIMP -> knee.limp();
            case SWELLING_AFTER_RUNS -> knee.swellingAfterRuns();
            case CATCHING -> knee.catching();
            case KNEE_SURGERY -> knee.kneeSurgery();
            case BONE_HEALTH -> answers.boneHealth();
        };
    }

    public static Optional<Field> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

}
