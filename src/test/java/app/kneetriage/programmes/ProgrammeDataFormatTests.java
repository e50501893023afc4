package app.kneetriage.programmes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import app.kneetriage.rules.RedFlag;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Programme data as it is sealed in the database. The golden files hold every format
 * stored so far and must read back to the same values whatever the code is renamed to; a
 * name the format does not know fails the read.
 */
class ProgrammeDataFormatTests {

    static final ProgrammeData.LoggedSession LOGGED_WITH_MORNING = new ProgrammeData.LoggedSession(
            "3f1c2a9e-1111-4c2b-9d7e-0a1b2c3d4e5f", LocalDate.of(2026, 11, 16), 20, 8, 2, 1, "Felt fine", Set.of(), 1);

    static final ProgrammeData.LoggedSession LOGGED_WITH_A_SIGN = new ProgrammeData.LoggedSession(
            "7a8b9c0d-2222-4e5f-8a9b-1c2d3e4f5a6b", LocalDate.of(2026, 11, 18), 18, 10, 3, null, null,
            Set.of(RedFlag.CALF_SWELLING), null);

    /** Format 2's values: a programme without activities or function ratings. */
    static final ProgrammeData WITHOUT_PSFS = new ProgrammeData(Instant.parse("2026-11-15T09:30:00Z"), 1,
            List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), List.of(LOGGED_WITH_MORNING, LOGGED_WITH_A_SIGN), null,
            null);

    static final ProgrammeData CURRENT = new ProgrammeData(WITHOUT_PSFS.startedAt(), 1, WITHOUT_PSFS.days(),
            WITHOUT_PSFS.sessions(), List.of("Running downhill", "=Stairs <b>down</b>"),
            List.of(new ProgrammeData.FunctionRating(LocalDate.of(2026, 11, 15), 1, List.of(3, 5), null),
                    new ProgrammeData.FunctionRating(LocalDate.of(2026, 11, 22), 2, List.of(6, 6),
                            GlobalChange.A_LITTLE_BETTER)));

    @Test
    void formatThreeReadsBackToItsValues() throws IOException {
        assertThat(ProgrammeJson.read(golden("programme-data-v3.json"))).isEqualTo(CURRENT);
    }

    @Test
    void formatTwoReadsBackWithNoActivitiesOrRatings() throws IOException {
        ProgrammeData read = ProgrammeJson.read(golden("programme-data-v2.json"));

        assertThat(read).isEqualTo(WITHOUT_PSFS);
        assertThat(read.activities()).isEmpty();
        assertThat(read.ratings()).isEmpty();
    }

    @Test
    void formatOneWithoutPainAfterReadsBackWithPainAfterUnknown() throws IOException {
        ProgrammeData read = ProgrammeJson.read(golden("programme-data-v1.json"));

        assertThat(read.sessions()).extracting(ProgrammeData.LoggedSession::painAfter).containsOnlyNulls();
        assertThat(read).usingRecursiveComparison().ignoringFields("sessions.painAfter").isEqualTo(WITHOUT_PSFS);
    }

    @Test
    void whatIsSealedTodayIsFormatThree() throws IOException {
        JsonMapper json = JsonMapper.builder().build();

        assertThat(json.readTree(ProgrammeJson.write(CURRENT)))
            .isEqualTo(json.readTree(golden("programme-data-v3.json")));
    }

    @Test
    void aNameTheFormatDoesNotKnowFailsTheRead() throws IOException {
        String renamed = new String(golden("programme-data-v3.json"), StandardCharsets.UTF_8).replace("\"notes\"",
                "\"comments\"");

        assertThatThrownBy(() -> ProgrammeJson.read(renamed.getBytes(StandardCharsets.UTF_8)))
            .isInstanceOf(JacksonException.class)
            .hasMessageContaining("comments");
    }

    @Test
    void aMissingRequiredValueFailsTheReadRatherThanReadingAsZero() throws IOException {
        String without = new String(golden("programme-data-v2.json"), StandardCharsets.UTF_8)
            .replace("\"baselinePain\": 1,", "");

        assertThatThrownBy(() -> ProgrammeJson.read(without.getBytes(StandardCharsets.UTF_8)))
            .isInstanceOf(JacksonException.class)
            .hasMessageContaining("baselinePain");
    }

    private static byte[] golden(String name) throws IOException {
        try (InputStream in = ProgrammeDataFormatTests.class.getResourceAsStream("/formats/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

}
