package app.kneetriage.rules.content;

import app.kneetriage.rules.ExerciseKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** An exercise as stored. */
@Entity
@Table(name = "exercise")
public class ExerciseEntry extends RuleSetPart {

    private String code;

    private String name;

    private String aim;

    private String howTo;

    private Integer sets;

    private Integer reps;

    private Integer holdSeconds;

    private boolean perSide;

    private String caution;

    private Integer timesPerWeek;

    private String progression;

    /** The SHA-256 of the picture in {@code exercise_picture}, or {@code null}. */
    private String pictureHash;

    private String pictureAlt;

    /** {@code null} in content made before version 3 */
    @Enumerated(EnumType.STRING)
    private ExerciseKind kind;

    private boolean loadsKnee;

    public String getPictureHash() {
        return pictureHash;
    }

    public String getPictureAlt() {
        return pictureAlt;
    }

    void setPicture(String hash, String alt) {
        this.pictureHash = hash;
        this.pictureAlt = hash == null ? null : alt;
    }

    public String getCode() {
        return code;
    }

    void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public String getAim() {
        return aim;
    }

    void setAim(String aim) {
        this.aim = aim;
    }

    public String getHowTo() {
        return howTo;
    }

    void setHowTo(String howTo) {
        this.howTo = howTo;
    }

    public Integer getSets() {
        return sets;
    }

    void setSets(Integer sets) {
        this.sets = sets;
    }

    public Integer getReps() {
        return reps;
    }

    void setReps(Integer reps) {
        this.reps = reps;
    }

    public Integer getHoldSeconds() {
        return holdSeconds;
    }

    void setHoldSeconds(Integer holdSeconds) {
        this.holdSeconds = holdSeconds;
    }

    public boolean isPerSide() {
        return perSide;
    }

    void setPerSide(boolean perSide) {
        this.perSide = perSide;
    }

    public String getCaution() {
        return caution;
    }

    void setCaution(String caution) {
        this.caution = caution;
    }

    public Integer getTimesPerWeek() {
        return timesPerWeek;
    }

    void setTimesPerWeek(Integer timesPerWeek) {
        this.timesPerWeek = timesPerWeek;
    }

    public String getProgression() {
        return progression;
    }

    void setProgression(String progression) {
        this.progression = progression;
    }

    public ExerciseKind getKind() {
        return kind;
    }

    void setKind(ExerciseKind kind) {
        this.kind = kind;
    }

    public boolean isLoadsKnee() {
        return loadsKnee;
    }

    void setLoadsKnee(boolean loadsKnee) {
        this.loadsKnee = loadsKnee;
    }

}
