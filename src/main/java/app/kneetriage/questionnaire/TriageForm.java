package app.kneetriage.questionnaire;

import static app.kneetriage.rules.AnswerLimits.MAX_CADENCE_SPM;
import static app.kneetriage.rules.AnswerLimits.MAX_DURATION_DAYS;
import static app.kneetriage.rules.AnswerLimits.MAX_PAIN_SCORE;
import static app.kneetriage.rules.AnswerLimits.MAX_REST_DAYS_PER_WEEK;
import static app.kneetriage.rules.AnswerLimits.MAX_SHOE_DISTANCE_KM;
import static app.kneetriage.rules.AnswerLimits.MAX_WEEKLY_DISTANCE_CHANGE_PERCENT;
import static app.kneetriage.rules.AnswerLimits.MIN_CADENCE_SPM;
import static app.kneetriage.rules.AnswerLimits.MIN_PAIN_SCORE;
import static app.kneetriage.rules.AnswerLimits.MIN_WEEKLY_DISTANCE_CHANGE_PERCENT;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import app.kneetriage.rules.Answers;
import app.kneetriage.rules.Location;
import app.kneetriage.rules.Onset;
import app.kneetriage.rules.PainCharacter;
import app.kneetriage.rules.RedFlag;
import app.kneetriage.rules.Side;
import app.kneetriage.rules.Timing;
import app.kneetriage.rules.Training;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The symptom form as the browser posts it. Units are the runner's choice and are
 * converted when the form becomes {@link Answers}; rules that span fields live in
 * {@link TriageFormValidator}.
 */
public class TriageForm {

    /** The warning signs: at least one ticked, or "none of these" ticked, never both. */
    private List<RedFlag> redFlags = new ArrayList<>();

    private boolean noRedFlags;

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

    @Min(MIN_WEEKLY_DISTANCE_CHANGE_PERCENT)
    @Max(MAX_WEEKLY_DISTANCE_CHANGE_PERCENT)
    private Integer weeklyDistanceChangePercent;

    private Boolean addedSpeedAndHills;

    private Boolean newOrReturning;

    @Min(0)
    @Max(MAX_SHOE_DISTANCE_KM)
    private Integer shoeDistance;

    @NotNull
    private DistanceUnit shoeDistanceUnit = DistanceUnit.KM;

    @Min(MIN_CADENCE_SPM)
    @Max(MAX_CADENCE_SPM)
    private Integer cadenceSpm;

    private Boolean runsOnCamberedRoads;

    @Min(0)
    @Max(MAX_REST_DAYS_PER_WEEK)
    private Integer restDaysPerWeek;

    /** Call only on a form without errors. */
    public Answers toAnswers() {
        Training training = new Training(weeklyDistanceChangePercent, addedSpeedAndHills, newOrReturning,
                shoeDistanceKm(), cadenceSpm, runsOnCamberedRoads, restDaysPerWeek);
        return new Answers(location, side, character, onset, enumSet(timing, Timing.class), painScore, durationDays(),
                previousEpisodes, dailyActivitiesAffected, training, enumSet(redFlags, RedFlag.class));
    }

    Integer durationDays() {
        return durationAmount == null || durationUnit == null ? null : durationUnit.toDays(durationAmount);
    }

    Integer shoeDistanceKm() {
        return shoeDistance == null || shoeDistanceUnit == null ? null : shoeDistanceUnit.toKm(shoeDistance);
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

    public Integer getWeeklyDistanceChangePercent() {
        return weeklyDistanceChangePercent;
    }

    public void setWeeklyDistanceChangePercent(Integer weeklyDistanceChangePercent) {
        this.weeklyDistanceChangePercent = weeklyDistanceChangePercent;
    }

    public Boolean getAddedSpeedAndHills() {
        return addedSpeedAndHills;
    }

    public void setAddedSpeedAndHills(Boolean addedSpeedAndHills) {
        this.addedSpeedAndHills = addedSpeedAndHills;
    }

    public Boolean getNewOrReturning() {
        return newOrReturning;
    }

    public void setNewOrReturning(Boolean newOrReturning) {
        this.newOrReturning = newOrReturning;
    }

    public Integer getShoeDistance() {
        return shoeDistance;
    }

    public void setShoeDistance(Integer shoeDistance) {
        this.shoeDistance = shoeDistance;
    }

    public DistanceUnit getShoeDistanceUnit() {
        return shoeDistanceUnit;
    }

    public void setShoeDistanceUnit(DistanceUnit shoeDistanceUnit) {
        this.shoeDistanceUnit = shoeDistanceUnit;
    }

    public Integer getCadenceSpm() {
        return cadenceSpm;
    }

    public void setCadenceSpm(Integer cadenceSpm) {
        this.cadenceSpm = cadenceSpm;
    }

    public Boolean getRunsOnCamberedRoads() {
        return runsOnCamberedRoads;
    }

    public void setRunsOnCamberedRoads(Boolean runsOnCamberedRoads) {
        this.runsOnCamberedRoads = runsOnCamberedRoads;
    }

    public Integer getRestDaysPerWeek() {
        return restDaysPerWeek;
    }

    public void setRestDaysPerWeek(Integer restDaysPerWeek) {
        this.restDaysPerWeek = restDaysPerWeek;
    }

}
