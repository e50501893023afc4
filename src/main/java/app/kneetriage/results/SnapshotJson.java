package app.kneetriage.results;

import java.time.Instant;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads a result's sealed data as {@link StoredSnapshot}. Its own mapper, so
 * API settings never change what is on disk, and a strict one: a name the stored types do
 * not know, or a required one missing, fails the read instead of reading as empty.
 */
final class SnapshotJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();

    private SnapshotJson() {
    }

    /**
     * What is sealed: the share token (for the manage page), the answers and outcome, the
     * runner's nickname and the link's earlier checks.
     */
    static byte[] sealable(StoredResult result) {
        return MAPPER.writeValueAsBytes(new StoredSnapshot(StoredSnapshot.FORMAT, result.token(),
                MAPPER.writeValueAsString(StoredAnswers.of(result.answers())),
                MAPPER.writeValueAsString(StoredOutcome.of(result.outcome())), result.nickname(),
                StoredSnapshot.stored(result.history())));
    }

    static StoredResult unsealed(byte[] sealable, Instant createdAt) {
        StoredSnapshot stored = MAPPER.readValue(sealable, StoredSnapshot.class);
        if (stored.format() != null && stored.format() > StoredSnapshot.FORMAT) {
            // written by a newer release: reading it as this one knows it could lose
            // answers
            throw new IllegalStateException("Snapshot format " + stored.format() + " is newer than "
                    + StoredSnapshot.FORMAT + ", the newest this release reads");
        }
        return new StoredResult(stored.token(), createdAt,
                MAPPER.readValue(stored.answers(), StoredAnswers.class).toAnswers(),
                MAPPER.readValue(stored.outcome(), StoredOutcome.class).toOutcome(), stored.nickname(),
                stored.earlierChecks());
    }

}
