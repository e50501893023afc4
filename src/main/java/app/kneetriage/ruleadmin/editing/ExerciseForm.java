package app.kneetriage.ruleadmin.editing;

import app.kneetriage.rules.Codes;
import app.kneetriage.rules.Exercise;
import app.kneetriage.rules.ExerciseKind;
import app.kneetriage.rules.TextLimits;
import app.kneetriage.rules.content.ExerciseEntry;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Editing one exercise of the draft; {@code version} is the copy the admin started from.
 */
public class ExerciseForm {

    @NotNull
    private Long version;

    /** chosen when the exercise is created, fixed afterwards */
    @NotBlank
    @Pattern(regexp = Codes.PATTERN)
    private String code;

    @NotBlank
    @Size(max = TextLimits.NAME)
    private String name;

    @NotBlank
    @Size(max = TextLimits.AIM)
    private String aim;

    @NotBlank
    @Size(max = TextLimits.HOW_TO)
    private String howTo;

    @Min(1)
    @Max(TextLimits.MAX_DOSE)
    private Integer sets;

    @Min(1)
    @Max(TextLimits.MAX_DOSE)
    private Integer reps;

    @Min(1)
    @Max(TextLimits.MAX_DOSE)
    private Integer holdSeconds;

    private boolean perSide;

    @Min(1)
    @Max(Exercise.MAX_TIMES_PER_WEEK)
    private Integer timesPerWeek;

    @Size(max = TextLimits.PROGRESSION)
    private String progression;

    @Size(max = TextLimits.CAUTION)
    private String caution;

    /**
     * isometric, strength, stretch, mobility or balance; plan rules may leave a kind out
     */
    @NotNull
    private ExerciseKind kind;

    /**
     * impact, or a deep knee bend under load: left out of a plan that must spare the knee
     */
    private boolean loadsKnee;

    static ExerciseForm of(ExerciseEntry exercise) {
        ExerciseForm form = new ExerciseForm();
        form.version = exercise.getVersion();
        form.code = exercise.getCode();
        form.name = exercise.getName();
        form.aim = exercise.getAim();
        form.howTo = exercise.getHowTo();
        form.sets = exercise.getSets();
        form.reps = exercise.getReps();
        form.holdSeconds = exercise.getHoldSeconds();
        form.perSide = exercise.isPerSide();
        form.caution = exercise.getCaution();
        form.timesPerWeek = exercise.getTimesPerWeek();
        form.progression = exercise.getProgression();
        form.kind = exercise.getKind();
        form.loadsKnee = exercise.isLoadsKnee();
        return form;
    }

    /**
     * The exercise as the engine takes it, under {@code code}; its picture is uploaded on
     * its own.
     * @throws app.kneetriage.rules.InvalidRuleException when it is not one the engine
     * accepts
     */
    Exercise toExercise(String code) {
        return new Exercise(code, name, aim, howTo, sets, reps, holdSeconds, perSide, caution, timesPerWeek,
                progression, null, kind, loadsKnee);
    }

    public ExerciseKind getKind() {
        return kind;
    }

    public void setKind(ExerciseKind kind) {
        this.kind = kind;
    }

    public boolean isLoadsKnee() {
        return loadsKnee;
    }

    public void setLoadsKnee(boolean loadsKnee) {
        this.loadsKnee = loadsKnee;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAim() {
        return aim;
    }

    public void setAim(String aim) {
        this.aim = aim;
    }

    public String getHowTo() {
        return howTo;
    }

    public void setHowTo(String howTo) {
        this.howTo = howTo;
    }

    public Integer getSets() {
        return sets;
    }

    public void setSets(Integer sets) {
        this.sets = sets;
    }

    public Integer getReps() {
        return reps;
    }

    public void setReps(Integer reps) {
        this.reps = reps;
    }

    public Integer getHoldSeconds() {
        return holdSeconds;
    }

    public void setHoldSeconds(Integer holdSeconds) {
        this.holdSeconds = holdSeconds;
    }

    public boolean isPerSide() {
        return perSide;
    }

    public void setPerSide(boolean perSide) {
        this.perSide = perSide;
    }

    public String getCaution() {
        return caution;
    }

    public void setCaution(String caution) {
        this.caution = caution;
    }

    public Integer getTimesPerWeek() {
        return timesPerWeek;
    }

    public void setTimesPerWeek(Integer timesPerWeek) {
        this.timesPerWeek = timesPerWeek;
    }

    public String getProgression() {
        return progression;
    }

    public void setProgression(String progression) {
        this.progression = progression;
    }

}
