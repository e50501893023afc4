package app.kneetriage.results;

import java.time.Instant;

/**
 * A result reached with its manage key, with its sharing state; {@code expiresAt} null is
 * never.
 */
public record ManagedResult(long id, StoredResult result, SharingStatus status, Instant expiresAt) {
}
