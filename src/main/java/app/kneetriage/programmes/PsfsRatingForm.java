package app.kneetriage.programmes;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The weekly function rating: each activity named at the start rated again, in the same
 * order, and how the knee compares with the start.
 */
public class PsfsRatingForm {

    private List<@NotNull @Min(0) @Max(PsfsProgress.MAX_SCORE) Integer> scores = new ArrayList<>();

    @NotNull
    private GlobalChange globalChange;

    public List<Integer> getScores() {
        return scores;
    }

    public void setScores(List<Integer> scores) {
        this.scores = scores == null ? new ArrayList<>() : new ArrayList<>(scores);
    }

    public GlobalChange getGlobalChange() {
        return globalChange;
    }

    public void setGlobalChange(GlobalChange globalChange) {
        this.globalChange = globalChange;
    }

    /** A blank form with one empty place for each activity. */
    static PsfsRatingForm forActivities(int count) {
        PsfsRatingForm form = new PsfsRatingForm();
        for (int i = 0; i < count; i++) {
            form.scores.add(null);
        }
        return form;
    }

}
