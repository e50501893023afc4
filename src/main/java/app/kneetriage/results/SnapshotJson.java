package app.kneetriage.results;

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

}
