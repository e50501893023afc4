package app.kneetriage.programmes;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import app.kneetriage.rules.RedFlag;
import app.kneetriage.rules.ReturnStep;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** One run as the runner logs it on the page. */
public class SessionForm {

    static final int MAX_NOTES = 500;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    /**
     * "I did the planned session": the week's planned minutes stand in for empty ones.
     */
    private boolean planned;

    @Min(0)
    @Max(ReturnStep.MAX_MINUTES)
    private Integer walkMinutes;

    @Min(0)
    @Max(ReturnStep.MAX_MINUTES)
    private Integer runMinutes;

    @NotNull
    @Min(0)
    @Max(10)
    private Integer painDuring;

    /** within an hour after the run; optional */
    @Min(0)
    @Max(10)
    private Integer painAfter;

    @Size(max = MAX_NOTES)
    private String notes;

    private Set<RedFlag> newRedFlags = new HashSet<>();

    /**
     * Fills in the planned session's minutes when the runner ticked it and typed none:
     * typed minutes are the more exact record.
     */
    void usePlanIfTicked(ReturnStep step) {
        if (planned && walkMinutes == null && runMinutes == null && step.hasPlannedSession()) {
            walkMinutes = step.walkMinutes();
            runMinutes = step.runMinutes();
        }
    }

    ProgrammeData.LoggedSession toSession() {
        return new ProgrammeData.LoggedSession(null, date, walkMinutes, runMinutes, painDuring, null,
                notes == null || notes.isBlank() ? null : notes.strip(), newRedFlags, painAfter);
    }

    public Integer getPainAfter() {
        return painAfter;
    }

    public void setPainAfter(Integer painAfter) {
        this.painAfter = painAfter;
    }

    public boolean isPlanned() {
        return planned;
    }

    public void setPlanned(boolean planned) {
        this.planned = planned;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Integer getWalkMinutes() {
        return walkMinutes;
    }

    public void setWalkMinutes(Integer walkMinutes) {
        this.walkMinutes = walkMinutes;
    }

    public Integer getRunMinutes() {
        return runMinutes;
    }

    public void setRunMinutes(Integer runMinutes) {
        this.runMinutes = runMinutes;
    }

    public Integer getPainDuring() {
        return painDuring;
    }

    public void setPainDuring(Integer painDuring) {
        this.painDuring = painDuring;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Set<RedFlag> getNewRedFlags() {
        return newRedFlags;
    }

    /** An empty choice binds as null: dropped, so only real signs remain. */
    public void setNewRedFlags(Set<RedFlag> newRedFlags) {
        this.newRedFlags = newRedFlags == null ? new HashSet<>()
                : new HashSet<>(newRedFlags.stream().filter(Objects::nonNull).toList());
    }

}
