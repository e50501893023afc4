package app.kneetriage.results;

/** A new result and its manage key: the only moment the key exists in plain form. */
public record CreatedResult(StoredResult result, String manageKey) {
}
