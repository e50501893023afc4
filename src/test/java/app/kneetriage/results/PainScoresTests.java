package app.kneetriage.results;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PainScoresTests {

    @Test
    void onlyWholeNumbersFromZeroToTenAreAPainScore() {
        assertThat(PainScores.parse("0")).contains(0);
        assertThat(PainScores.parse(" 10 ")).contains(10);
        assertThat(PainScores.parse("11")).isEmpty();
        assertThat(PainScores.parse("-1")).isEmpty();
        assertThat(PainScores.parse("two")).isEmpty();
        assertThat(PainScores.parse("99999999999")).isEmpty();
        assertThat(PainScores.parse(null)).isEmpty();
    }

}
