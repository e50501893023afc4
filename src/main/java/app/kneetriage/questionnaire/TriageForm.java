package app.kneetriage.questionnaire;

import static app.kneetriage.rules.AnswerLimits.MAX_AGE;
import static app.kneetriage.rules.AnswerLimits.MAX_DURATION_DAYS;
import static app.kneetriage.rules.AnswerLimits.MAX_PAIN_SCORE;
import static app.kneetriage.rules.AnswerLimits.MIN_AGE;
import static app.kneetriage.rules.AnswerLimits.MIN_PAIN_SCORE;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import app.kneetriage.rules.Answers;
import app.kneetriage.rules.GeneralSymptom;
import app.kneetriage.rules.Location;
import app.kneetriage.rules.Onset;
import app.kneetriage.rules.PainCharacter;
import app.kneetriage.rules.RedFlag;
import app.kneetriage.rules.Side;
import app.kneetriage.rules.Timing;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The symptom form as the browser posts it; the training, knee and bone questions are
 * inherited from {@link TrainingQuestions} and {@link KneeAndBoneQuestions}. Units are
 * the runner's choice and are converted when the form becomes {@link Answers}; rules that
 * span fields live in {@link TriageFormValidator}.
 */
public class TriageForm extends KneeAndBoneQuestions {

    /** The warning signs: at least one ticked, or "none of these" ticked, never both. */
    private List<RedFlag> redFlags = new ArrayList<>();

    private boolean noRedFlags;

    /** Asked near the start; "prefer not to say" leaves it empty. */
    @Min(MIN_AGE)
    @Max(MAX_AGE)
    private Integer age;

    private boolean ageNotGiven;

    /** The injury questions: {@code null} is "not sure" or not answered. */
    private Boolean injuryEvent;

    private Boolean popAtInjury;

    private Boolean cannotBendKnee;

    private List<GeneralSymptom> generalSymptoms = new ArrayList<>();

    @NotNull
    private Location location;

    @NotNull
    private Side side;

    @NotNull
    private PainCharacter character;

    @NotNull
    private Onset onset;

    private List<Timing> timing = new ArrayList<>();

    @NotNull
    @Min(MIN_PAIN_SCORE)
    @Max(MAX_PAIN_SCORE)
    private Integer painScore;

    @NotNull
    @Min(0)
    @Max(MAX_DURATION_DAYS)
    private Integer durationAmount;

    @NotNull
    private DurationUnit durationUnit = DurationUnit.DAYS;

    @NotNull
    private Boolean previousEpisodes;

    @NotNull
    private Boolean dailyActivitiesAffected;

    /** Call only on a form without errors. */
    public Answers toAnswers() {
        return new Answers(location, side, character, onset, enumSet(timing, Timing.class), painScore, durationDays(),
                previousEpisodes, dailyActivitiesAffected, toTraining(), withFever(enumSet(redFlags, RedFlag.class)),
                ageNotGiven ? null : age, injuryEvent, popAtInjury, cannotBendKnee,
                enumSet(generalSymptoms, GeneralSymptom.class), toKneeSigns(), toBoneHealth());
    }

    Integer durationDays() {
        return durationAmount == null || durationUnit == null ? null : durationUnit.toDays(durationAmount);
    }

    private static <E extends Enum<E>> EnumSet<E> enumSet(List<E> values, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        values.stream().filter(v -> v != null).forEach(set::add);
        return set;
    }

    public List<RedFlag> getRedFlags() {
        return redFlags;
    }

    public void setRedFlags(List<RedFlag> redFlags) {
        this.redFlags = redFlags == null ? new ArrayList<>() : redFlags;
    }

    public boolean isNoRedFlags() {
        return noRedFlags;
    }

    public void setNoRedFlags(boolean noRedFlags) {
        this.noRedFlags = noRedFlags;
    }

    public Integer getAge() {
        return age;
    }

    public void setAge(Integer age) {
        this.age = age;
    }

    public boolean isAgeNotGiven() {
        return ageNotGiven;
    }

    public void setAgeNotGiven(boolean ageNotGiven) {
        this.ageNotGiven = ageNotGiven;
    }

    public Boolean getInjuryEvent() {
        return injuryEvent;
    }

    public void setInjuryEvent(Boolean injuryEvent) {
        this.injuryEvent = injuryEvent;
    }

    public Boolean getPopAtInjury() {
        return popAtInjury;
    }

    public void setPopAtInjury(Boolean popAtInjury) {
        this.popAtInjury = popAtInjury;
    }

    public Boolean getCannotBendKnee() {
        return cannotBendKnee;
    }

    public void setCannotBendKnee(Boolean cannotBendKnee) {
        this.cannotBendKnee = cannotBendKnee;
    }

    public List<GeneralSymptom> getGeneralSymptoms() {
        return generalSymptoms;
    }

    public void setGeneralSymptoms(List<GeneralSymptom> generalSymptoms) {
        this.generalSymptoms = generalSymptoms == null ? new ArrayList<>() : generalSymptoms;
    }

    public Location getLocation() {
        return location;
    }

    public void setLocation(Location location) {
        this.location = location;
    }

    public Side getSide() {
        return side;
    }

    public void setSide(Side side) {
        this.side = side;
    }

    public PainCharacter getCharacter() {
        return character;
    }

    public void setCharacter(PainCharacter character) {
        this.character = character;
    }

    public Onset getOnset() {
        return onset;
    }

    public void setOnset(Onset onset) {
        this.onset = onset;
    }

    public List<Timing> getTiming() {
        return timing;
    }

    public void setTiming(List<Timing> timing) {
        this.timing = timing == null ? new ArrayList<>() : timing;
    }

    public Integer getPainScore() {
        return painScore;
    }

    public void setPainScore(Integer painScore) {
        this.painScore = painScore;
    }

    public Integer getDurationAmount() {
        return durationAmount;
    }

    public void setDurationAmount(Integer durationAmount) {
        this.durationAmount = durationAmount;
    }

    public DurationUnit getDurationUnit() {
        return durationUnit;
    }

    public void setDurationUnit(DurationUnit durationUnit) {
        this.durationUnit = durationUnit;
    }

    public Boolean getPreviousEpisodes() {
        return previousEpisodes;
    }

    public void setPreviousEpisodes(Boolean previousEpisodes) {
        this.previousEpisodes = previousEpisodes;
    }

    public Boolean getDailyActivitiesAffected() {
        return dailyActivitiesAffected;
    }

    public void setDailyActivitiesAffected(Boolean dailyActivitiesAffected) {
        this.dailyActivitiesAffected = dailyActivitiesAffected;
    }

}
