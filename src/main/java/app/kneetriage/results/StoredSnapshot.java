package app.kneetriage.results;

import java.time.Instant;
import java.util.List;

import app.kneetriage.rules.Urgency;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What is sealed for a result, as stored. The answers and the outcome are JSON texts of
 * {@link StoredAnswers} and {@link StoredOutcome}, kept as texts because every format so
 * far held them that way. Formats, each with a golden file under
 * {@code src/test/resources/formats}:
 * <ol>
 * <li>answers of contract version 2; at first without {@code nickname} and
 * {@code history};</li>
 * <li>answers of contract version 3 (knee signs, bone health, exercise kinds);</li>
 * <li>format 2 with its number written, and without training's {@code empty}.</li>
 * </ol>
 * Formats 1 and 2 carry no number: they are told apart by their answers, and one reader
 * serves both.
 *
 * @param format absent before format 3
 * @param history absent in early format 1
 */
record StoredSnapshot(@JsonProperty("format") Integer format,
        @JsonProperty(value = "token", required = true) String token,
        @JsonProperty(value = "answers", required = true) String answers,
        @JsonProperty(value = "outcome", required = true) String outcome, @JsonProperty("nickname") String nickname,
        @JsonProperty("history") List<StoredEarlierCheck> history) {

    /** The format this app writes, and the newest it can read. */
    static final int FORMAT = 3;

    List<EarlierCheck> earlierChecks() {
        return history == null ? List.of() : history.stream().map(StoredEarlierCheck::toEarlierCheck).toList();
    }

    static List<StoredEarlierCheck> stored(List<EarlierCheck> history) {
        return history.stream().map(StoredEarlierCheck::of).toList();
    }

    record StoredEarlierCheck(@JsonProperty(value = "createdAt", required = true) Instant createdAt,
            @JsonProperty(value = "urgency", required = true) Urgency urgency,
            @JsonProperty(value = "topCause", required = true) String topCause,
            @JsonProperty(value = "painScore", required = true) int painScore) {

        static StoredEarlierCheck of(EarlierCheck check) {
            return new StoredEarlierCheck(check.createdAt(), check.urgency(), check.topCause(), check.painScore());
        }

        EarlierCheck toEarlierCheck() {
            return new EarlierCheck(createdAt, urgency, topCause, painScore);
        }
    }

}
