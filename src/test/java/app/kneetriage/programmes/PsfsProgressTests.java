package app.kneetriage.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The PSFS score is the mean of the activities' scores, and a change of the mean by 2
 * points or more, either way, is a real one.
 */
class PsfsProgressTests {

    private static final LocalDate START = LocalDate.of(2026, 11, 2);

    @Test
    void theScoreIsTheMeanOfTheActivitiesScores() {
        PsfsProgress psfs = progress(List.of(3, 4, 8));

        assertThat(psfs.startAverage()).isEqualTo(5.0);
        assertThat(psfs.nowAverage()).isEqualTo(5.0);
        assertThat(psfs.verdict()).isEqualTo(PsfsProgress.Verdict.FIRST);
    }

    @Test
    void aRiseOfTwoPointsIsARealImprovement() {
        assertThat(progress(List.of(3, 4), List.of(5, 6)).verdict()).isEqualTo(PsfsProgress.Verdict.BETTER);
        assertThat(progress(List.of(3, 4, 5), List.of(5, 6, 7)).verdict()).isEqualTo(PsfsProgress.Verdict.BETTER);
    }

    @Test
    void aRiseOfJustUnderTwoPointsIsNoRealChange() {
        // 4.0 to 5.67: up 1.67
        assertThat(progress(List.of(4, 4, 4), List.of(6, 6, 5)).verdict())
            .isEqualTo(PsfsProgress.Verdict.NO_REAL_CHANGE);
        assertThat(progress(List.of(4), List.of(5)).verdict()).isEqualTo(PsfsProgress.Verdict.NO_REAL_CHANGE);
    }

    @Test
    void aFallOfTwoPointsIsARealStepBack() {
        assertThat(progress(List.of(6, 6), List.of(4, 4)).verdict()).isEqualTo(PsfsProgress.Verdict.WORSE);
        assertThat(progress(List.of(6, 6), List.of(5, 4)).verdict()).isEqualTo(PsfsProgress.Verdict.NO_REAL_CHANGE);
    }

    @Test
    void onlyTheStartAndTheLatestRatingCount() {
        assertThat(progress(List.of(2), List.of(9), List.of(3)).verdict())
            .isEqualTo(PsfsProgress.Verdict.NO_REAL_CHANGE);
    }

    @Test
    void theLatestGlobalAnswerIsKeptAndTheStartHasNone() {
        assertThat(progress(List.of(2)).latestChange()).isNull();
        assertThat(progress(List.of(2), List.of(4)).latestChange()).isEqualTo(GlobalChange.A_LITTLE_BETTER);
    }

    @Test
    void theWeeklyRatingIsAskedSevenDaysLaterOrWhenTheWeekChangesButNeverTwiceADay() {
        PsfsProgress psfs = progress(List.of(2));

        assertThat(psfs.due(START, 2)).as("the same day, even in a new week").isFalse();
        assertThat(psfs.due(START.plusDays(6), 1)).isFalse();
        assertThat(psfs.due(START.plusDays(7), 1)).isTrue();
        assertThat(psfs.due(START.plusDays(3), 2)).isTrue();
    }

    @Test
    void aProgrammeWithoutActivitiesHasNoPsfs() {
        ProgrammeData without = new ProgrammeData(START.atStartOfDay().toInstant(ZoneOffset.UTC), 0, List.of(),
                List.of(), null, null);

        assertThat(PsfsProgress.of(without)).isEmpty();
    }

    /** Ratings a week apart, the first at the start in week 1. */
    @SafeVarargs
    private static PsfsProgress progress(List<Integer>... scores) {
        List<ProgrammeData.FunctionRating> ratings = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            ratings.add(new ProgrammeData.FunctionRating(START.plusWeeks(i), i + 1, scores[i],
                    i == 0 ? null : GlobalChange.A_LITTLE_BETTER));
        }
        List<String> activities = scores[0].stream().map(s -> "activity").toList();
        return new PsfsProgress(activities, ratings);
    }

}
