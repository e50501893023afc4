package app.kneetriage.results;

import java.time.Instant;

import app.kneetriage.rules.Answers;
import app.kneetriage.rules.Outcome;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes answers and outcomes as they are stored. Its own mapper, so API settings never
 * change what is on disk; unknown properties are tolerated so that older snapshots stay
 * readable.
 */
final class SnapshotJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();

    private SnapshotJson() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static Answers readAnswers(String json) {
        return MAPPER.readValue(json, Answers.class);
    }

    static Outcome readOutcome(String json) {
        return MAPPER.readValue(json, Outcome.class);
    }

    /** What is sealed: the share token (for the manage page) and the two snapshots. */
    static byte[] sealable(String token, Answers answers, Outcome outcome) {
        return sealable(token, write(answers), write(outcome));
    }

    /** The snapshots as they were written, byte for byte. */
    static byte[] sealable(String token, String answersJson, String outcomeJson) {
        return MAPPER.writeValueAsBytes(new Sealable(token, answersJson, outcomeJson));
    }

    static StoredResult unsealed(byte[] sealable, Instant createdAt) {
        Sealable parts = MAPPER.readValue(sealable, Sealable.class);
        return new StoredResult(parts.token(), createdAt, readAnswers(parts.answers()), readOutcome(parts.outcome()));
    }

    private record Sealable(String token, String answers, String outcome) {
    }

}
