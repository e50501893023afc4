package app.kneetriage.rules;

import java.util.EnumSet;
import java.util.Set;

/**
 * Builds answers for tests: a plain self-care front-knee case, changed one answer at a
 * time.
 */
public final class TestAnswers {

    private Location location = Location.FRONT;

    private Side side = Side.LEFT;

    private PainCharacter character = PainCharacter.DULL_ACHE;

    private Onset onset = Onset.GRADUAL;

    private Set<Timing> timing = EnumSet.noneOf(Timing.class);

    private int painScore = 3;

    private int durationDays = 5;

    private boolean previousEpisodes;

    private boolean dailyActivitiesAffected;

    private Training training = Training.NOT_ANSWERED;

    private Set<RedFlag> redFlags = EnumSet.noneOf(RedFlag.class);

    private Integer age;

    private Boolean injuryEvent;

    private Boolean popAtInjury;

    private Boolean cannotBendKnee;

    private Set<GeneralSymptom> generalSymptoms = EnumSet.noneOf(GeneralSymptom.class);

    private KneeSigns knee = KneeSigns.NOT_ANSWERED;

    private Set<BoneHealth> boneHealth = EnumSet.noneOf(BoneHealth.class);

    public static TestAnswers answers() {
        return new TestAnswers();
    }

    public TestAnswers location(Location value) {
        location = value;
        return this;
    }

    public TestAnswers side(Side value) {
        side = value;
        return this;
    }

    public TestAnswers character(PainCharacter value) {
        character = value;
        return this;
    }

    public TestAnswers onset(Onset value) {
        onset = value;
        return this;
    }

    public TestAnswers timing(Timing... values) {
        timing = values.length == 0 ? EnumSet.noneOf(Timing.class) : EnumSet.of(values[0], values);
        return this;
    }

    public TestAnswers painScore(int value) {
        painScore = value;
        return this;
    }

    public TestAnswers durationDays(int value) {
        durationDays = value;
        return this;
    }

    public TestAnswers previousEpisodes(boolean value) {
        previousEpisodes = value;
        return this;
    }

    public TestAnswers dailyActivitiesAffected(boolean value) {
        dailyActivitiesAffected = value;
        return this;
    }

    public TestAnswers training(Training value) {
        training = value;
        return this;
    }

    public TestAnswers redFlags(RedFlag... values) {
        redFlags = values.length == 0 ? EnumSet.noneOf(RedFlag.class) : EnumSet.of(values[0], values);
        return this;
    }

    public TestAnswers age(Integer value) {
        age = value;
        return this;
    }

    public TestAnswers injuryEvent(Boolean value) {
        injuryEvent = value;
        return this;
    }

    public TestAnswers popAtInjury(Boolean value) {
        popAtInjury = value;
        return this;
    }

    public TestAnswers cannotBendKnee(Boolean value) {
        cannotBendKnee = value;
        return this;
    }

    public TestAnswers generalSymptoms(GeneralSymptom... values) {
        generalSymptoms = values.length == 0 ? EnumSet.noneOf(GeneralSymptom.class) : EnumSet.of(values[0], values);
        return this;
    }

    public TestAnswers knee(KneeSigns value) {
        knee = value;
        return this;
    }

    public TestAnswers boneHealth(BoneHealth... values) {
        boneHealth = values.length == 0 ? EnumSet.noneOf(BoneHealth.class) : EnumSet.of(values[0], values);
        return this;
    }

    public Answers build() {
        return new Answers(location, side, character, onset, timing, painScore, durationDays, previousEpisodes,
                dailyActivitiesAffected, training, redFlags, age, injuryEvent, popAtInjury, cannotBendKnee,
                generalSymptoms, knee, boneHealth);
    }

    /** Training answers with only the given fields answered. */
    public static Training training(Integer weeklyDistanceChangePercent, Boolean addedSpeedAndHills,
            Boolean newOrReturning, Integer restDaysPerWeek) {
        return new Training(weeklyDistanceChangePercent, addedSpeedAndHills, newOrReturning, null, null, null,
                restDaysPerWeek);
    }

}
