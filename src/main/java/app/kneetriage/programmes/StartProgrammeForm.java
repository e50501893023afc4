package app.kneetriage.programmes;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/**
 * Starting a return to running: the pain at rest today, the days the runner prefers, and
 * one to three activities the knee makes hard with how well each goes today. Blank
 * activity rows are left out.
 */
public class StartProgrammeForm {

    @NotNull
    @Min(0)
    @Max(10)
    private Integer baselinePain;

    @NotEmpty
    private List<DayOfWeek> days = new ArrayList<>();

    @Valid
    private List<ActivityRow> activities = new ArrayList<>(
            List.of(new ActivityRow(), new ActivityRow(), new ActivityRow()));

    /** One activity the knee makes hard, and how well it goes today. */
    public static class ActivityRow {

        @Size(max = PsfsProgress.MAX_NAME_LENGTH)
        private String name;

        @Min(0)
        @Max(PsfsProgress.MAX_SCORE)
        private Integer score;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Integer getScore() {
            return score;
        }

        public void setScore(Integer score) {
            this.score = score;
        }

        boolean blank() {
            return (name == null || name.isBlank()) && score == null;
        }

    }

    public List<ActivityRow> getActivities() {
        return activities;
    }

    public void setActivities(List<ActivityRow> activities) {
        this.activities = activities == null ? new ArrayList<>() : new ArrayList<>(activities);
    }

    /** Never more rows than the scale has activities, whatever indexes are posted. */
    private List<ActivityRow> rows() {
        return activities.subList(0, Math.min(activities.size(), PsfsProgress.MAX_ACTIVITIES));
    }

    /**
     * Rejects a named activity without a rating, a rating without a name, and no activity
     * at all.
     */
    void checkActivities(Errors errors) {
        for (int i = 0; i < rows().size(); i++) {
            ActivityRow row = rows().get(i);
            if (row == null) {
                continue;
            }
            String at = "activities[" + i + "].";
            if (!row.blank() && (row.name == null || row.name.isBlank()) && !errors.hasFieldErrors(at + "name")) {
                errors.rejectValue(at + "name", "NotBlank");
            }
            if (!row.blank() && row.score == null && !errors.hasFieldErrors(at + "score")) {
                errors.rejectValue(at + "score", "NotNull");
            }
        }
        if (rows().stream().allMatch(row -> row == null || row.blank())) {
            errors.rejectValue("activities", "programme.psfs.required");
        }
    }

    /** The activities named, trimmed, with their ratings; call once they are checked. */
    List<PsfsProgress.Activity> chosenActivities() {
        return rows().stream()
            .filter(row -> row != null && !row.blank())
            .map(row -> new PsfsProgress.Activity(row.name.strip(), row.score))
            .toList();
    }

    public Integer getBaselinePain() {
        return baselinePain;
    }

    public void setBaselinePain(Integer baselinePain) {
        this.baselinePain = baselinePain;
    }

    public List<DayOfWeek> getDays() {
        return days;
    }

    /**
     * The days actually chosen. An indexed field such as {@code days[2]} grows the list
     * with empty places below it, which binding fills in place, past the setter.
     */
    public List<DayOfWeek> chosenDays() {
        return days.stream().filter(Objects::nonNull).distinct().toList();
    }

    /** An empty choice binds as null: dropped, so only real days remain. */
    public void setDays(List<DayOfWeek> days) {
        this.days = days == null ? new ArrayList<>() : new ArrayList<>(days.stream().filter(Objects::nonNull).toList());
    }

}
