package app.kneetriage.results;

import java.time.Instant;
import java.util.List;

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

    /**
     * What is sealed: the share token (for the manage page), the two snapshots, the
     * runner's nickname and the link's earlier checks.
     */
    static byte[] sealable(StoredResult result) {
        return MAPPER.writeValueAsBytes(new Sealable(result.token(), write(result.answers()), write(result.outcome()),
                result.nickname(), result.history()));
    }

    static StoredResult unsealed(byte[] sealable, Instant createdAt) {
        Sealable parts = MAPPER.readValue(sealable, Sealable.class);
        return new StoredResult(parts.token(), createdAt, readAnswers(parts.answers()), readOutcome(parts.outcome()),
                parts.nickname(), parts.history());
    }

    /** Older snapshots have no nickname or history: both read as absent. */
    private record Sealable(String token, String answers, String outcome, String nickname, List<EarlierCheck> history) {
    }

}
